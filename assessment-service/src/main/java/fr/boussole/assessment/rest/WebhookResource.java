package fr.boussole.assessment.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.assessment.domain.DeliveryStatus;
import fr.boussole.assessment.rest.dto.WebhookDtos.DeliveryView;
import fr.boussole.assessment.rest.dto.WebhookDtos.WebhookInput;
import fr.boussole.assessment.rest.dto.WebhookDtos.WebhookView;
import fr.boussole.assessment.service.webhook.WebhookService;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;

/** A CCI's webhooks: its CRM learns of assessments as they happen, signed per Standard Webhooks. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADVISOR, Roles.CRM })
@Tag(name = "Webhooks", description = "A CCI's CRM subscribes to assessment events (submitted, shared, unshared, level"
        + " overridden, erased), signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature ="
        + " HMAC-SHA256), delivered at least once with retries for a day; advisors and the CRM of that CCI only")
public class WebhookResource {

    private static final String ID = "Webhook id";
    private static final String NO_STORE = "no-store";

    private final WebhookService webhooks;
    private final Callers callers;

    WebhookResource(WebhookService webhooks, Callers callers) {
        this.webhooks = webhooks;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe a URL to events",
            description = "The answer holds the signing secret, once. The URL must be HTTPS and resolve to public"
                    + " addresses only (no private, loopback or link-local target).")
    @APIResponse(responseCode = "201", description = "Subscribed; keep the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> subscribeWebhook(@NotNull @Valid WebhookInput input, @Context UriInfo uriInfo) {
        WebhookView created = webhooks.subscribe(callers.current(null), input);
        return RestResponse.ResponseBuilder.<WebhookView> create(RestResponse.Status.CREATED).entity(created)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + created.id().toString())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The CCI's webhooks",
            description = "Those of the caller's CCI (token claim cci), without their secrets.")
    @APIResponse(responseCode = "200", description = "Its subscriptions, oldest first")
    public List<WebhookView> listWebhooks() {
        return webhooks.list(callers.current(null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook",
            description = "One of the caller's CCI; another CCI's is not found.")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret")
    public WebhookView getWebhook(@Parameter(description = ID) @PathParam("id") UUID id) {
        return webhooks.get(callers.current(null), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook's URL, events or state",
            description = "The secret stays; active false pauses it (events meanwhile are not kept for it).")
    @APIResponse(responseCode = "200", description = "Changed")
    public WebhookView updateWebhook(@Parameter(description = ID) @PathParam("id") UUID id,
            @NotNull @Valid WebhookInput input) {
        return webhooks.update(callers.current(null), id, input);
    }

    @DELETE
    // no body on success: served whatever the caller accepts (generated clients accept only the problem type here)
    @Produces(MediaType.WILDCARD)
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "Pending deliveries and the"
            + " delivery log go with it.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public void deleteWebhook(@Parameter(description = ID) @PathParam("id") UUID id) {
        webhooks.unsubscribe(callers.current(null), id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "A new secret, shown once. For a day the previous one signs too (webhook-signature then"
                    + " holds two signatures), so the receiver can switch without refusing an event.")
    @APIResponse(responseCode = "200", description = "The new secret")
    public RestResponse<WebhookView> rotateWebhookSecret(@Parameter(description = ID) @PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(webhooks.rotateSecret(callers.current(null), id))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log",
            description = "Newest first: each event sent to this webhook, its attempts so far and how it stands.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public RestResponse<Page<DeliveryView>> listWebhookDeliveries(
            @Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Only this status") @QueryParam("status") DeliveryStatus status,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<DeliveryView> page = webhooks.deliveries(callers.current(null), id, status, paging);
        return PageLinks.privatePage(page, uriInfo);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery",
            description = "With the body sent and every attempt: when, the receiver's status, or the error.")
    @APIResponse(responseCode = "200", description = "The delivery")
    public DeliveryView getWebhookDelivery(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Delivery id") @PathParam("deliveryId") UUID deliveryId) {
        return webhooks.delivery(callers.current(null), id, deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(operationId = "redeliverWebhook", summary = "Deliver again",
            description = "Sends the delivery again at once, delivered or failed, with a new day of retries; the"
                    + " webhook-id stays the same.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public RestResponse<DeliveryView> redeliverWebhook(@Parameter(description = ID) @PathParam("id") UUID id,
            @Parameter(description = "Delivery id") @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.ResponseBuilder.<DeliveryView> create(RestResponse.Status.ACCEPTED)
                .entity(webhooks.redeliver(callers.current(null), id, deliveryId)).build();
    }
}
