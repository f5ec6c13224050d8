package fr.boussole.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.commons.workflow.HistoryEntryView;
import fr.boussole.directory.rest.dto.CuratedPartner;
import fr.boussole.directory.rest.dto.CuratedPartnerSummary;
import fr.boussole.directory.rest.dto.PartnerDraft;
import fr.boussole.directory.service.PartnerCuration;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The curators' side of the partners: every partner whatever its status, and the workflow that publishes them.
 * Answers are never cached: they show unpublished work.
 */
@Path("/api/v1/directory/curation/partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
@Tag(name = "Partner curation", description = "Curators and admins write, review, publish and archive partners;"
        + " four-eyes: whoever changed a partner last cannot publish it")
public class PartnerCurationResource {

    private static final String NO_STORE = "no-store";

    private final PartnerCuration curation;
    private final SecurityIdentity identity;

    PartnerCurationResource(PartnerCuration curation, SecurityIdentity identity) {
        this.curation = curation;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listCuratedPartners", summary = "List the partners being curated",
            description = "Curators and admins. Every partner, drafts and archives included, by slug.")
    @APIResponse(responseCode = "200", description = "A page of partners")
    public RestResponse<Page<CuratedPartnerSummary>> listCuratedPartners(
            @Parameter(description = "Only this status") @QueryParam("status") ContentStatus status,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<CuratedPartnerSummary> page = curation.list(status, paging);
        return RestResponse.ResponseBuilder.ok(page)
                .links(PageLinks.of(page, uriInfo))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartner", summary = "Create a partner",
            description = "Curators and admins. A new draft; it needs a slug, a kind and a name, and may refer only"
                    + " to existing INSEE codes and to the catalogue's sectors and published use cases, checked with"
                    + " catalogue-service (503 when it cannot answer). It is not public until published.")
    @APIResponse(responseCode = "201", description = "The draft, with its ETag and Location")
    @APIResponse(responseCode = "409", description = "A partner with this slug exists")
    public RestResponse<CuratedPartner> createPartner(@NotNull @Valid PartnerDraft draft, @Context UriInfo uriInfo) {
        CuratedPartner created = curation.create(draft, actor());
        // A relative Location: it stays right through the gateway.
        return answer(RestResponse.ResponseBuilder.<CuratedPartner> create(RestResponse.Status.CREATED)
                .entity(created)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + created.content().slug()), created);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getCuratedPartner", summary = "Get a partner being curated",
            description = "Curators and admins. The working copy in every language, its status and version; the"
                    + " ETag is what the next change's If-Match names.")
    @APIResponse(responseCode = "200", description = "The partner")
    public RestResponse<CuratedPartner> getCuratedPartner(
            @Parameter(description = "Partner slug", example = "datavue-conseil") @PathParam("slug") String slug) {
        return ok(curation.get(slug));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editPartner", summary = "Edit a partner",
            description = "Curators and admins. Replaces the content of the working copy, which goes back to draft;"
                    + " the published copy, if any, stays online until the next publication. If-Match must carry"
                    + " the ETag of the version the change is based on.")
    @APIResponse(responseCode = "200", description = "The partner as now stored, with its new ETag")
    public RestResponse<CuratedPartner> editPartner(
            @Parameter(description = "Partner slug", example = "datavue-conseil") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version this change is based on", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PartnerDraft draft) {
        return ok(curation.edit(slug, ifMatch, draft, actor()));
    }

    @POST
    @Path("/{slug}/submit")
    @Operation(operationId = "submitPartner", summary = "Submit a partner for review",
            description = "Curators and admins. From draft to in review.")
    @APIResponse(responseCode = "200", description = "The partner in review")
    @APIResponse(responseCode = "409", description = "It is not a draft")
    public RestResponse<CuratedPartner> submitPartner(
            @Parameter(description = "Partner slug", example = "datavue-conseil") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to submit", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.submit(slug, ifMatch, actor()));
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(operationId = "publishPartner", summary = "Publish a partner",
            description = "Curators and admins, but not whoever changed it last (four-eyes: 403). From in review to"
                    + " published: the public sees this version from now on. It needs its description in both languages"
                    + " (422 lists what is missing).")
    @APIResponse(responseCode = "200", description = "The published partner")
    @APIResponse(responseCode = "409", description = "It is not in review")
    @APIResponse(responseCode = "422", description = "It is not complete enough to publish")
    public RestResponse<CuratedPartner> publishPartner(
            @Parameter(description = "Partner slug", example = "datavue-conseil") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to publish", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.publish(slug, ifMatch, actor()));
    }

    @POST
    @Path("/{slug}/archive")
    @Operation(operationId = "archivePartner", summary = "Archive a partner",
            description = "Curators and admins. Withdraws it from the public; editing it later makes a new draft.")
    @APIResponse(responseCode = "200", description = "The archived partner")
    @APIResponse(responseCode = "409", description = "It is already archived")
    public RestResponse<CuratedPartner> archivePartner(
            @Parameter(description = "Partner slug", example = "datavue-conseil") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to archive", example = "\"5\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.archive(slug, ifMatch, actor()));
    }

    @GET
    @Path("/{slug}/history")
    @Operation(operationId = "getPartnerHistory", summary = "Get the history of a partner",
            description = "Curators and admins. Every change, newest first: who, when, the version it produced and"
                    + " each field's value before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public RestResponse<Page<HistoryEntryView>> getPartnerHistory(
            @Parameter(description = "Partner slug", example = "datavue-conseil") @PathParam("slug") String slug,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<HistoryEntryView> page = curation.history(slug, paging);
        return RestResponse.ResponseBuilder.ok(page)
                .links(PageLinks.of(page, uriInfo))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static RestResponse<CuratedPartner> ok(CuratedPartner partner) {
        return answer(RestResponse.ResponseBuilder.ok(partner), partner);
    }

    /** The working copy's ETag is its version: it has no language variants. */
    private static RestResponse<CuratedPartner> answer(RestResponse.ResponseBuilder<CuratedPartner> builder,
            CuratedPartner partner) {
        return builder.tag(new EntityTag(Long.toString(partner.version())))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }
}
