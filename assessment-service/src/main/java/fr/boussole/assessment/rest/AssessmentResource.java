package fr.boussole.assessment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.boussole.assessment.domain.AssessmentFilters;
import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.report.ReportService;
import fr.boussole.assessment.rest.dto.AssessmentComparison;
import fr.boussole.assessment.rest.dto.AssessmentSummary;
import fr.boussole.assessment.rest.dto.AssessmentView;
import fr.boussole.assessment.rest.dto.NewAssessmentInput;
import fr.boussole.assessment.rest.dto.QuestionnaireInput;
import fr.boussole.assessment.rest.dto.ReadinessView;
import fr.boussole.assessment.rest.dto.RecommendationsView;
import fr.boussole.assessment.scoring.ReadinessLevel;
import fr.boussole.assessment.service.AssessmentService;
import fr.boussole.assessment.service.recommendation.RecommendationService;
import fr.boussole.commons.http.EntityTags;
import fr.boussole.commons.http.SuiteHeaders;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.openapi.ApiConventions;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.security.Roles;

/**
 * Assessments: started by a company (anonymous or signed in) or a CCI advisor, answered a little at a time, submitted
 * and scored. The rules of who reaches which assessment are in {@code AssessmentAccess}; an assessment the caller may
 * not read answers 404.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "The readiness stock-take of a company: start, answer, submit, read the"
        + " explained score, compare with an earlier one")
public class AssessmentResource {

    /** Assessments hold a company's answers: no cache keeps them. */
    static final String NO_STORE = "no-store";
    static final String ID_DESCRIPTION = "Assessment id";
    static final String ID_EXAMPLE = "6f1c2e1a-8f7b-4c1e-9a55-2b7f0c3d4e5f";
    static final String RESUME_DESCRIPTION = "The resume token of an anonymous self-assessment";
    private static final String DRAFT_ETAG_DESCRIPTION = "ETag of the draft you read";


    private final AssessmentService assessments;
    private final RecommendationService recommendations;
    private final ReportService reports;
    private final Callers callers;

    AssessmentResource(AssessmentService assessments, RecommendationService recommendations, ReportService reports,
            Callers callers) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.reports = reports;
        this.callers = callers;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startAssessment", summary = "Start an assessment",
            description = "Anyone. Without an account, the answer holds the resume token, once: keep it to come back"
                    + " (X-Resume-Token). A company user's assessment is its company's (token siren). An advisor"
                    + " starts one for a company of its CCI's territory (siren and departement required). Curators"
                    + " and CRMs cannot. It answers the current questionnaire version, for good.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "201", description = "Started, as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public RestResponse<AssessmentView> startAssessment(@NotNull @Valid NewAssessmentInput input,
            @Context UriInfo uriInfo) {
        AssessmentView started = assessments.start(callers.current(null), input);
        return RestResponse.ResponseBuilder.<AssessmentView> create(RestResponse.Status.CREATED)
                .entity(started)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + started.id().toString())
                .tag(tag(started))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.ADVISOR, Roles.CRM, Roles.ADMIN })
    @Operation(operationId = "listAssessments", summary = "List assessments",
            description = "A company user: its company's. An advisor or CRM: those its CCI started or a company shares"
                    + " with it (the advisors' workspace). An admin: all. Newest update first, filtered.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    public RestResponse<Page<AssessmentSummary>> listAssessments(
            @Parameter(description = "Only this status") @QueryParam("status") AssessmentStatus status,
            @Parameter(description = "Only this level (the override when there is one)") @QueryParam("level")
            ReadinessLevel level,
            @Parameter(description = "Only this sector code", example = "commerce") @QueryParam("sector")
            @Size(max = 80) String sector,
            @Parameter(description = "Only this INSEE region", example = "84") @QueryParam("region") @Size(max = 2)
            String region,
            @Parameter(description = "Only this follow-up status") @QueryParam("followUp") FollowUp followUp,
            @Parameter(description = "Only this company", example = "901122333") @QueryParam("siren")
            @Pattern(regexp = "^[0-9]{9}$") @Size(max = 9) String siren,
            @Parameter(description = "Updated on or after this day (UTC)", example = "2026-01-01")
            @QueryParam("since") @Size(max = 10) String since,
            @Parameter(description = "Updated before this day (UTC)", example = "2026-12-31")
            @QueryParam("until") @Size(max = 10) String until,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        AssessmentFilters filters = new AssessmentFilters(status, level, sector, region,
                followUp, siren, day("since", since), day("until", until));
        Page<AssessmentSummary> page = assessments.list(callers.current(null), filters, paging);
        return PageLinks.privatePage(page, uriInfo);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getAssessment", summary = "Get an assessment",
            description = "The company (its user, or the resume token), an advisor or CRM of a CCI that started it or"
                    + " it is shared with, an admin. Anyone else gets 404.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The assessment")
    public RestResponse<AssessmentView> getAssessment(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken) {
        return ok(assessments.get(callers.current(resumeToken), id));
    }

    @PATCH
    @Path("/{id}/answers")
    @PermitAll
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "saveAnswers", summary = "Save answers to a draft",
            description = "The company, or an advisor of its CCI. A JSON object of question code to answer (RFC 7396:"
                    + " null removes one); the others stay. Each answer is checked against its question; on any error"
                    + " nothing is saved. Answers to questions no longer asked are dropped. If-Match, when sent, must"
                    + " name the current version.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The draft with its answers")
    public RestResponse<AssessmentView> saveAnswers(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @Parameter(description = DRAFT_ETAG_DESCRIPTION, example = "\"3\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ObjectNode answers) {
        return ok(assessments.answer(callers.current(resumeToken), id, ifMatch, answers));
    }

    @DELETE
    @Path("/{id}/answers/{question}")
    @PermitAll
    @Operation(operationId = "removeAnswer", summary = "Remove an answer from a draft",
            description = "The company, or an advisor of its CCI. The question is unanswered again, as with null in"
                    + " saveAnswers, for clients that cannot send a null; removing an answer never given changes"
                    + " nothing. Answers that depended on it are dropped. If-Match, when sent, must name the current"
                    + " version.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The draft without this answer")
    public RestResponse<AssessmentView> removeAnswer(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "Code of the question", example = "digital-appetite") @PathParam("question")
            @Size(max = 40) @Pattern(regexp = QuestionnaireInput.CODE) String question,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @Parameter(description = DRAFT_ETAG_DESCRIPTION, example = "\"3\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(assessments.removeAnswer(callers.current(resumeToken), id, ifMatch, question));
    }

    @POST
    @Path("/{id}/submit")
    @PermitAll
    @Operation(operationId = "submitAssessment", summary = "Submit an assessment",
            description = "The company, or an advisor of its CCI. Needs every required question asked to be answered"
                    + " (422 lists those missing). Scores it once: it cannot change afterwards (409).",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "Submitted and scored")
    @APIResponse(responseCode = "409", description = "Already submitted, or a request with this Idempotency-Key is"
            + " still being processed")
    @APIResponse(responseCode = "422", description = "Required questions are not answered (the problem lists them),"
            + " or this Idempotency-Key was first sent with another request")
    public RestResponse<AssessmentView> submitAssessment(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @Parameter(description = DRAFT_ETAG_DESCRIPTION, example = "\"3\"")
            @Size(max = EntityTags.IF_MATCH_MAX_LENGTH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(assessments.submit(callers.current(resumeToken), id, ifMatch));
    }

    @GET
    @Path("/{id}/readiness")
    @PermitAll
    @Operation(operationId = "getReadiness", summary = "Get the explained readiness",
            description = "Whoever may read the assessment. The score per dimension and overall, the level (and an"
                    + " advisor's override), every answer's contribution, the blocking gaps that cap the level and"
                    + " what would raise it most. For a draft, the provisional result of the answers so far.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The readiness, in the language of Accept-Language")
    public RestResponse<ReadinessView> getReadiness(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @BeanParam @Valid AcceptLanguage acceptLanguage) {
        Language language = acceptLanguage.language();
        return language.label(RestResponse.ResponseBuilder.ok(
                assessments.readiness(callers.current(resumeToken), id, language)))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("/{id}/comparison")
    @PermitAll
    @Operation(operationId = "compareAssessments", summary = "Compare with another assessment of the company",
            description = "Whoever may read both. Two submitted assessments of the same company: the change of score,"
                    + " level and each dimension, and the answers that changed, the earlier one first.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The progress between the two")
    @APIResponse(responseCode = "422", description = "Not two different submitted assessments of the same company")
    public RestResponse<AssessmentComparison> compareAssessments(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The other assessment", required = true, example = ID_EXAMPLE)
            @QueryParam("with") @NotNull UUID other,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @BeanParam @Valid AcceptLanguage acceptLanguage) {
        Language language = acceptLanguage.language();
        return language.label(RestResponse.ResponseBuilder.ok(
                assessments.compare(callers.current(resumeToken), id, other, language)))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("/{id}/recommendations")
    @PermitAll
    @Operation(operationId = "getRecommendations", summary = "Get the recommendations",
            description = "Whoever may read the assessment. The partner types that fit, use cases of the company's"
                    + " sector and functions ranked by how well it meets their prerequisites, funding aids judged by"
                    + " the directory, ecosystem contacts nearby, the GDPR checklist and the five first pitfalls. When"
                    + " the catalogue or the directory cannot answer in time, the rest still comes, degraded, with"
                    + " what is missing and why.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The recommendations, in the language of Accept-Language")
    public RestResponse<RecommendationsView> getRecommendations(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @BeanParam @Valid AcceptLanguage acceptLanguage) {
        Language language = acceptLanguage.language();
        return language.label(RestResponse.ResponseBuilder.ok(
                recommendations.recommend(callers.current(resumeToken), id, language)))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("/{id}/report")
    @PermitAll
    @Produces({ MediaType.TEXT_HTML, PdfReportWriter.PDF })
    @Operation(operationId = "getReport", summary = "Get the report, in HTML or PDF",
            description = "Whoever may read the assessment. The page an advisor hands to the company: profile, radar of"
                    + " the five dimensions, explained scores, recommendations and next steps, in the language of"
                    + " Accept-Language. Accept: application/pdf gives the same as a PDF. Private notes are never in it.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PdfReportWriter.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getReport(
            @Parameter(description = ID_DESCRIPTION, example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @BeanParam @Valid AcceptLanguage acceptLanguage) {
        Language language = acceptLanguage.language();
        // written by HtmlReportWriter or PdfReportWriter, as the caller's Accept asks (a RestResponse<Report> would
        // not do: Quarkus REST then writes the record's toString())
        return Response.ok(reports.report(callers.current(resumeToken), id, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    static RestResponse<AssessmentView> ok(AssessmentView assessment) {
        return RestResponse.ResponseBuilder.ok(assessment).tag(tag(assessment))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private static EntityTag tag(AssessmentView assessment) {
        return new EntityTag(Long.toString(assessment.version()));
    }

    static Instant day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException invalid) {
            throw ProblemException.invalid(parameter, "must be a date, YYYY-MM-DD");
        }
    }
}
