package fr.boussole.catalogue.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.catalogue.rest.dto.EmbedKeyInput;
import fr.boussole.catalogue.rest.dto.EmbedKeyUsage;
import fr.boussole.catalogue.rest.dto.EmbedKeyView;
import fr.boussole.catalogue.service.EmbedKeyService;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Curators manage the partner sites' embed keys and see how much each is used. */
@Path("/api/v1/catalogue/curation/embed-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
@Tag(name = "Embed keys", description = "Curators and admins give partner sites a public key to embed the catalogue:"
        + " the origins allowed to show it, its branding and starting filters, and its use day by day")
public class EmbedKeyCurationResource {

    private static final String NO_STORE = "no-store";
    private static final String KEY = "The embed key";
    private static final String KEY_EXAMPLE = "pk_3k9x2m7q8w1e5r6t4y0u2i9o";

    private final EmbedKeyService embedKeys;
    private final SecurityIdentity identity;

    EmbedKeyCurationResource(EmbedKeyService embedKeys, SecurityIdentity identity) {
        this.embedKeys = embedKeys;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listEmbedKeys", summary = "List the embed keys",
            description = "Every key, active or not, by partner name.")
    @APIResponse(responseCode = "200", description = "A page of keys")
    public RestResponse<Page<EmbedKeyView>> listEmbedKeys(@BeanParam @Valid PageParams paging,
            @Context UriInfo uriInfo) {
        Page<EmbedKeyView> page = embedKeys.list(paging);
        return PageLinks.privatePage(page, uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEmbedKey", summary = "Give a partner site an embed key",
            description = "The key is generated; the answer carries the script tag to paste into the partner's"
                    + " pages.")
    @APIResponse(responseCode = "201", description = "The key, with its ETag and Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmbedKeyView.class)))
    public RestResponse<EmbedKeyView> createEmbedKey(@NotNull @Valid EmbedKeyInput input, @Context UriInfo uriInfo) {
        EmbedKeyView created = embedKeys.create(input, identity.getPrincipal().getName());
        return answer(RestResponse.ResponseBuilder.<EmbedKeyView> create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + created.key()), created);
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getEmbedKey", summary = "Get an embed key",
            description = "With its snippet; the ETag is what a change's If-Match names.")
    @APIResponse(responseCode = "200", description = "The key")
    public RestResponse<EmbedKeyView> getEmbedKey(
            @Parameter(description = KEY, example = KEY_EXAMPLE) @Size(max = 40) @PathParam("key") String key) {
        return answer(RestResponse.ResponseBuilder.ok(), embedKeys.get(key));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateEmbedKey", summary = "Change an embed key",
            description = "Its origins, branding, starting filters or state (active false refuses its frames)."
                    + " If-Match must carry the ETag of the version the change is based on.")
    @APIResponse(responseCode = "200", description = "The key as now stored, with its new ETag")
    public RestResponse<EmbedKeyView> updateEmbedKey(
            @Parameter(description = KEY, example = KEY_EXAMPLE) @Size(max = 40) @PathParam("key") String key,
            @Parameter(description = "ETag of the version this change is based on", example = "\"2\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EmbedKeyInput input) {
        return answer(RestResponse.ResponseBuilder.ok(), embedKeys.update(key, ifMatch, input));
    }

    @DELETE
    // no body on success: served whatever the caller accepts (generated clients accept only the problem type here)
    @Produces(MediaType.WILDCARD)
    @Path("/{key}")
    @Operation(operationId = "deleteEmbedKey", summary = "Delete an embed key",
            description = "Its frames are refused from then on, and its usage counts go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> deleteEmbedKey(
            @Parameter(description = KEY, example = KEY_EXAMPLE) @Size(max = 40) @PathParam("key") String key) {
        embedKeys.delete(key);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{key}/usage")
    @Operation(operationId = "getEmbedKeyUsage", summary = "How much a key is used",
            description = "Frames shown, and refused to origins the key does not allow, per day (UTC); the last 30"
                    + " days unless since and until say otherwise (at most a year).")
    @APIResponse(responseCode = "200", description = "The counts")
    public RestResponse<EmbedKeyUsage> getEmbedKeyUsage(
            @Parameter(description = KEY, example = KEY_EXAMPLE) @Size(max = 40) @PathParam("key") String key,
            @Parameter(description = "First day", example = "2026-11-01") @QueryParam("since") LocalDate since,
            @Parameter(description = "Last day", example = "2026-11-30") @QueryParam("until") LocalDate until) {
        return RestResponse.ResponseBuilder.ok(embedKeys.usage(key, since, until))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private static RestResponse<EmbedKeyView> answer(RestResponse.ResponseBuilder<EmbedKeyView> builder,
            EmbedKeyView key) {
        return builder.entity(key).tag(new EntityTag(Long.toString(key.version())))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }
}
