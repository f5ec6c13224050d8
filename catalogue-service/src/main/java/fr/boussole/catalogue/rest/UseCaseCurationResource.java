package fr.boussole.catalogue.rest;

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

import fr.boussole.commons.workflow.ContentStatus;
import fr.boussole.catalogue.rest.dto.CuratedUseCase;
import fr.boussole.catalogue.rest.dto.CuratedUseCaseSummary;
import fr.boussole.commons.workflow.HistoryEntryView;
import fr.boussole.catalogue.rest.dto.UseCaseDraft;
import fr.boussole.catalogue.service.UseCaseCuration;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The curators' side of the catalogue: every use case whatever its status, and the workflow that publishes them.
 * Answers are never cached: they show unpublished work.
 */
@Path("/api/v1/catalogue/curation/use-cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
@Tag(name = "Use case curation", description = "Curators and admins write, review, publish and archive use cases;"
        + " four-eyes: whoever changed a use case last cannot publish it")
public class UseCaseCurationResource {

    private static final String NO_STORE = "no-store";

    private final UseCaseCuration curation;
    private final SecurityIdentity identity;

    UseCaseCurationResource(UseCaseCuration curation, SecurityIdentity identity) {
        this.curation = curation;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listCuratedUseCases", summary = "List the use cases being curated",
            description = "Curators and admins. Every use case, drafts and archives included, by slug.")
    @APIResponse(responseCode = "200", description = "A page of use cases")
    public RestResponse<Page<CuratedUseCaseSummary>> listCuratedUseCases(
            @Parameter(description = "Only this status") @QueryParam("status") ContentStatus status,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<CuratedUseCaseSummary> page = curation.list(status, paging);
        return RestResponse.ResponseBuilder.ok(page)
                .links(PageLinks.of(page, uriInfo))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUseCase", summary = "Create a use case",
            description = "Curators and admins. A new draft; it needs a slug and a French title, and may refer only"
                    + " to existing sectors and business functions. It is not public until published.")
    @APIResponse(responseCode = "201", description = "The draft, with its ETag and Location")
    @APIResponse(responseCode = "409", description = "A use case with this slug exists")
    public RestResponse<CuratedUseCase> createUseCase(@NotNull @Valid UseCaseDraft draft, @Context UriInfo uriInfo) {
        CuratedUseCase created = curation.create(draft, actor());
        // A relative Location: it stays right through the gateway.
        return answer(RestResponse.ResponseBuilder.<CuratedUseCase> create(RestResponse.Status.CREATED)
                .entity(created)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + created.slug()), created);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getCuratedUseCase", summary = "Get a use case being curated",
            description = "Curators and admins. The working copy in every language, its status and version; the"
                    + " ETag is what the next change's If-Match names.")
    @APIResponse(responseCode = "200", description = "The use case")
    public RestResponse<CuratedUseCase> getCuratedUseCase(
            @Parameter(description = "Use case slug", example = "tri-candidatures") @PathParam("slug") String slug) {
        return ok(curation.get(slug));
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editUseCase", summary = "Edit a use case",
            description = "Curators and admins. Replaces the content of the working copy, which goes back to draft;"
                    + " the published copy, if any, stays online until the next publication. If-Match must carry"
                    + " the ETag of the version the change is based on.")
    @APIResponse(responseCode = "200", description = "The use case as now stored, with its new ETag")
    public RestResponse<CuratedUseCase> editUseCase(
            @Parameter(description = "Use case slug", example = "tri-candidatures") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version this change is based on", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid UseCaseDraft draft) {
        return ok(curation.edit(slug, ifMatch, draft, actor()));
    }

    @POST
    @Path("/{slug}/submit")
    @Operation(operationId = "submitUseCase", summary = "Submit a use case for review",
            description = "Curators and admins. From draft to in review.")
    @APIResponse(responseCode = "200", description = "The use case in review")
    @APIResponse(responseCode = "409", description = "It is not a draft")
    public RestResponse<CuratedUseCase> submitUseCase(
            @Parameter(description = "Use case slug", example = "tri-candidatures") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to submit", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.submit(slug, ifMatch, actor()));
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(operationId = "publishUseCase", summary = "Publish a use case",
            description = "Curators and admins, but not whoever changed it last (four-eyes: 403). From in review to"
                    + " published: the public sees this version from now on. It must be complete in both languages"
                    + " (422 lists what is missing).")
    @APIResponse(responseCode = "200", description = "The published use case")
    @APIResponse(responseCode = "409", description = "It is not in review")
    @APIResponse(responseCode = "422", description = "It is not complete enough to publish")
    public RestResponse<CuratedUseCase> publishUseCase(
            @Parameter(description = "Use case slug", example = "tri-candidatures") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to publish", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.publish(slug, ifMatch, actor()));
    }

    @POST
    @Path("/{slug}/archive")
    @Operation(operationId = "archiveUseCase", summary = "Archive a use case",
            description = "Curators and admins. Withdraws it from the public; editing it later makes a new draft.")
    @APIResponse(responseCode = "200", description = "The archived use case")
    @APIResponse(responseCode = "409", description = "It is already archived")
    public RestResponse<CuratedUseCase> archiveUseCase(
            @Parameter(description = "Use case slug", example = "tri-candidatures") @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version to archive", example = "\"5\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(curation.archive(slug, ifMatch, actor()));
    }

    @GET
    @Path("/{slug}/history")
    @Operation(operationId = "getUseCaseHistory", summary = "Get the history of a use case",
            description = "Curators and admins. Every change, newest first: who, when, the version it produced and"
                    + " each field's value before and after.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public RestResponse<Page<HistoryEntryView>> getUseCaseHistory(
            @Parameter(description = "Use case slug", example = "tri-candidatures") @PathParam("slug") String slug,
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

    private static RestResponse<CuratedUseCase> ok(CuratedUseCase useCase) {
        return answer(RestResponse.ResponseBuilder.ok(useCase), useCase);
    }

    /** The working copy's ETag is its version: it has no language variants. */
    private static RestResponse<CuratedUseCase> answer(RestResponse.ResponseBuilder<CuratedUseCase> builder,
            CuratedUseCase useCase) {
        return builder.tag(new EntityTag(Long.toString(useCase.version())))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }
}
