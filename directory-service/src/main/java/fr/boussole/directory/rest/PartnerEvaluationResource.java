package fr.boussole.directory.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import fr.boussole.directory.rest.dto.EvaluationInput;
import fr.boussole.directory.rest.dto.EvaluationSummary;
import fr.boussole.directory.rest.dto.EvaluationView;
import fr.boussole.directory.service.partner.PartnerEvaluationService;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Choosing a partner: SMEs and advisors evaluate partners on the guide's eight criteria, anyone reads what the
 * evaluations say on average and compares partners under their own weights.
 */
@Path("/api/v1/directory/partners/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Choosing a partner", description = "Evaluations on the guide's eight selection criteria (5 is the"
        + " most favourable to the SME) and weighted comparisons that explain their ranking")
public class PartnerEvaluationResource {

    private static final String MINE = "/evaluations/mine";

    private final PartnerEvaluationService evaluations;
    private final ConditionalResponses conditional;
    private final SecurityIdentity identity;

    PartnerEvaluationResource(PartnerEvaluationService evaluations, ConditionalResponses conditional,
            SecurityIdentity identity) {
        this.evaluations = evaluations;
        this.conditional = conditional;
        this.identity = identity;
    }

    @PUT
    @Path(MINE)
    @RolesAllowed({ Roles.SME, Roles.ADVISOR })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMyEvaluation", summary = "Evaluate a partner",
            description = "SMEs and advisors. Creates your evaluation of a published partner (201), or replaces it"
                    + " (200): one per evaluator and partner. If-Match, when sent, must name its current version.")
    @APIResponse(responseCode = "200", description = "Your evaluation, replaced")
    @APIResponse(responseCode = "201", description = "Your evaluation, created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    public RestResponse<EvaluationView> saveMyEvaluation(
            @Parameter(description = "Partner slug", example = "factura-clic-demo")
            @Size(max = 80) @PathParam("slug") String slug,
            @Parameter(description = "ETag of your evaluation, to be sure to replace what you read", example = "\"2\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid EvaluationInput input, @Context UriInfo uriInfo) {
        PartnerEvaluationService.Saved saved = evaluations.save(slug, identity.getPrincipal().getName(), role(), ifMatch,
                input);
        RestResponse.ResponseBuilder<EvaluationView> answer = saved.created()
                ? RestResponse.ResponseBuilder.<EvaluationView> create(RestResponse.Status.CREATED)
                        .header(HttpHeaders.LOCATION, uriInfo.getPath())
                : RestResponse.ResponseBuilder.ok();
        return answer.entity(saved.evaluation()).tag(tag(saved.evaluation()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path(MINE)
    @RolesAllowed({ Roles.SME, Roles.ADVISOR })
    @Operation(operationId = "getMyEvaluation", summary = "Get your evaluation of a partner",
            description = "SMEs and advisors: only their own.")
    @APIResponse(responseCode = "200", description = "Your evaluation")
    public RestResponse<EvaluationView> getMyEvaluation(
            @Parameter(description = "Partner slug", example = "factura-clic-demo")
            @Size(max = 80) @PathParam("slug") String slug) {
        EvaluationView mine = evaluations.mine(slug, identity.getPrincipal().getName());
        return RestResponse.ResponseBuilder.ok(mine).tag(tag(mine)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    // no body on success: served whatever the caller accepts (generated clients accept only the problem type here)
    @Produces(MediaType.WILDCARD)
    @Path(MINE)
    @RolesAllowed({ Roles.SME, Roles.ADVISOR })
    @Operation(operationId = "deleteMyEvaluation", summary = "Withdraw your evaluation of a partner",
            description = "SMEs and advisors: only their own.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public RestResponse<Void> deleteMyEvaluation(
            @Parameter(description = "Partner slug", example = "factura-clic-demo")
            @Size(max = 80) @PathParam("slug") String slug) {
        evaluations.delete(slug, identity.getPrincipal().getName());
        return RestResponse.noContent();
    }

    @GET
    @Path("/evaluations")
    @RolesAllowed({ Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "listEvaluations", summary = "List every evaluation of a partner",
            description = "Curators and admins, to moderate: who wrote what, newest first.")
    @APIResponse(responseCode = "200", description = "A page of evaluations")
    public RestResponse<Page<EvaluationView>> listEvaluations(
            @Parameter(description = "Partner slug", example = "factura-clic-demo")
            @Size(max = 80) @PathParam("slug") String slug,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<EvaluationView> page = evaluations.all(slug, paging);
        return PageLinks.privatePage(page, uriInfo);
    }

    @GET
    @Path("/evaluation-summary")
    @PermitAll
    @Operation(operationId = "getEvaluationSummary", summary = "What the evaluations of a partner say",
            description = "Anyone. The number of evaluations and, per criterion, the average score and how many"
                    + " evaluations judged it; no evaluator is named.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<EvaluationSummary> getEvaluationSummary(
            @Parameter(description = "Partner slug", example = "factura-clic-demo")
            @Size(max = 80) @PathParam("slug") String slug,
            @Context Request request) {
        return conditional.ok(request, evaluations.summary(slug), "public, max-age=60").build();
    }

    private String role() {
        return identity.hasRole(Roles.ADVISOR) ? Roles.ADVISOR : Roles.SME;
    }

    private static EntityTag tag(EvaluationView evaluation) {
        return new EntityTag(Long.toString(evaluation.version()));
    }
}
