package fr.boussole.commons.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The curators' endpoints of a {@link CurationWorkflow}, the same for every curated content: a service's resource
 * extends it with its {@code @Path} and a {@code @Tag} whose {@code x-curation} extension names the content, and the
 * contract's {@code CurationTexts} writes that name into the texts below ({@code {item}}, {@code {ItemId}}, …).
 * Every endpoint is for curators and admins, said on each method twice: the generator of the contract finds neither
 * a superclass's roles nor inherited methods' {@code @RolesAllowed}, so the contract's requirement is spelled out.
 * Answers are never cached: they show unpublished work. The working copy's ETag is its version: it has no language
 * variants.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CurationResource<D, V extends CuratedView, S> {

    private static final String NO_STORE = "no-store";

    private final CurationWorkflow<?, ?, D, V, S> curation;
    private final SecurityIdentity identity;

    protected CurationResource(CurationWorkflow<?, ?, D, V, S> curation, SecurityIdentity identity) {
        this.curation = curation;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "listCurated{ItemsId}", summary = "List the {items} being curated",
            description = "Curators and admins. Every {item}, drafts and archives included, by slug.")
    @APIResponse(responseCode = "200", description = "A page of {items}")
    public RestResponse<Page<S>> list(
            @Parameter(description = "Only this status") @QueryParam("status") ContentStatus status,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        return PageLinks.privatePage(curation.list(status, paging), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "create{ItemId}", summary = "Create a {item}",
            description = "Curators and admins. A new draft; {creation}. It is not public until published.")
    @APIResponse(responseCode = "201", description = "The draft, with its ETag and Location")
    @APIResponse(responseCode = "409", description = "A {item} with this slug exists")
    public RestResponse<V> create(@NotNull @Valid D draft, @Context UriInfo uriInfo) {
        V created = curation.create(draft, actor());
        // A relative Location: it stays right through the gateway.
        return answer(RestResponse.ResponseBuilder.<V> create(RestResponse.Status.CREATED).entity(created)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + curation.slugOf(draft)), created);
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "getCurated{ItemId}", summary = "Get a {item} being curated",
            description = "Curators and admins. The working copy in every language, its status and version; the"
                    + " ETag is what the next change's If-Match names.")
    @APIResponse(responseCode = "200", description = "The {item}")
    public RestResponse<V> get(
            @Parameter(description = "{Item} slug", example = "{example}")
            @Size(max = 80) @PathParam("slug") String slug) {
        return ok(curation.get(slug));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "edit{ItemId}", summary = "Edit a {item}",
            description = "Curators and admins. Replaces the content of the working copy, which goes back to draft;"
                    + " the published copy, if any, stays online until the next publication. If-Match must carry"
                    + " the ETag of the version the change is based on.")
    @APIResponse(responseCode = "200", description = "The {item} as now stored, with its new ETag")
    public RestResponse<V> edit(
            @Parameter(description = "{Item} slug", example = "{example}")
            @Size(max = 80) @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version this change is based on", example = "\"3\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid D draft) {
        return ok(curation.edit(slug, ifMatch, draft, actor()));
    }

    @POST
    @Path("/{slug}/submit")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "submit{ItemId}", summary = "Submit a {item} for review",
            description = "Curators and admins. From draft to in review.")
    @APIResponse(responseCode = "200", description = "The {item} in review")
    @APIResponse(responseCode = "409", description = "It is not a draft")
    public RestResponse<V> submit(
            @Parameter(description = "{Item} slug", example = "{example}")
            @Size(max = 80) @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to submit", example = "\"3\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.submit(slug, ifMatch, actor()));
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "publish{ItemId}", summary = "Publish a {item}",
            description = "Curators and admins, but not whoever changed it last (four-eyes: 403). From in review to"
                    + " published: the public sees this version from now on. {publication} (422 lists what is"
                    + " missing).")
    @APIResponse(responseCode = "200", description = "The published {item}")
    @APIResponse(responseCode = "409", description = "It is not in review")
    @APIResponse(responseCode = "422", description = "It is not complete enough to publish")
    public RestResponse<V> publish(
            @Parameter(description = "{Item} slug", example = "{example}")
            @Size(max = 80) @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to publish", example = "\"4\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.publish(slug, ifMatch, actor()));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "archive{ItemId}", summary = "Archive a {item}",
            description = "Curators and admins. Withdraws it from the public; editing it later makes a new draft.")
    @APIResponse(responseCode = "200", description = "The archived {item}")
    @APIResponse(responseCode = "409", description = "It is already archived")
    public RestResponse<V> archive(
            @Parameter(description = "{Item} slug", example = "{example}")
            @Size(max = 80) @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to archive", example = "\"5\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.archive(slug, ifMatch, actor()));
    }

    @GET
    @Path("/{slug}/history")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @SecurityRequirement(name = "keycloak", scopes = { Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "get{ItemId}History", summary = "Get the history of a {item}",
            description = "Curators and admins. Every change, newest first: who, when, the version it produced and"
                    + " each field's value before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public RestResponse<Page<HistoryEntryView>> history(
            @Parameter(description = "{Item} slug", example = "{example}")
            @Size(max = 80) @PathParam("slug") String slug,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        return PageLinks.privatePage(curation.history(slug, paging), uriInfo);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private RestResponse<V> ok(V view) {
        return answer(RestResponse.ResponseBuilder.ok(view), view);
    }

    private RestResponse<V> answer(RestResponse.ResponseBuilder<V> builder, V view) {
        return builder.tag(new EntityTag(Long.toString(view.version())))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }
}
