package fr.boussole.assessment.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

import fr.boussole.assessment.rest.dto.QuestionnaireInput;
import fr.boussole.assessment.rest.dto.QuestionnaireVersionView;
import fr.boussole.assessment.rest.dto.QuestionnaireView;
import fr.boussole.assessment.service.questionnaire.QuestionnaireService;
import fr.boussole.commons.http.ConditionalResponses;
import fr.boussole.commons.i18n.AcceptLanguage;
import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;

@Path("/api/v1/assessments/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires", description = "The versioned readiness questionnaire and its five dimensions: data,"
        + " skills, funding, strategy and change, ethics and compliance")
public class QuestionnaireResource {

    /** The version list is for signed-in staff: caches must not share it, and must revalidate it. */
    private static final String PRIVATE_REVALIDATE = "private, no-cache";

    private final QuestionnaireService service;
    private final ConditionalResponses conditional;

    QuestionnaireResource(QuestionnaireService service, ConditionalResponses conditional) {
        this.service = service;
        this.conditional = conditional;
    }

    @GET
    @Path("/current")
    @PermitAll
    @Operation(operationId = "getCurrentQuestionnaire", summary = "Get the current questionnaire",
            description = "Public. The published version with the highest number and its dimensions, in the"
                    + " language of Accept-Language (fr by default, or en).")
    @APIResponse(responseCode = "200", description = "The current questionnaire")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<QuestionnaireView> getCurrentQuestionnaire(@BeanParam @Valid AcceptLanguage acceptLanguage,
            @Context Request request) {
        Language language = acceptLanguage.language();
        return language.label(conditional.ok(request, service.current(language),
                ConditionalResponses.PUBLIC_FIVE_MINUTES)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADVISOR, Roles.CURATOR, Roles.ADMIN })
    @Operation(operationId = "listQuestionnaireVersions", summary = "List the questionnaire versions",
            description = "Advisors, curators and admins. Every version, newest first, with its status and number of"
                    + " dimensions: an assessment is always read with the version it was answered on.")
    @APIResponse(responseCode = "200", description = "A page of questionnaire versions")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<Page<QuestionnaireVersionView>> listQuestionnaireVersions(
            @BeanParam @Valid PageParams paging, @Context Request request, @Context UriInfo uriInfo) {
        Page<QuestionnaireVersionView> page = service.versions(paging);
        return conditional.ok(request, page, PRIVATE_REVALIDATE)
                .links(PageLinks.of(page, uriInfo))
                .build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishQuestionnaire", summary = "Publish a new questionnaire version",
            description = "Admins. The whole questionnaire (dimensions and questions in order) becomes the next"
                    + " version and the current one at once. Assessments started before keep the version they"
                    + " answer, and their scores. A questionnaire with problems (a scored question outside a dimension,"
                    + " a condition on a later question, a dimension without an unconditional scored question...) is"
                    + " refused, each problem listed.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    public RestResponse<QuestionnaireView> publishQuestionnaire(@NotNull @Valid QuestionnaireInput input,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context UriInfo uriInfo) {
        Language language = acceptLanguage.language();
        QuestionnaireView published = service.publish(input, language);
        return language.label(RestResponse.ResponseBuilder.<QuestionnaireView> create(RestResponse.Status.CREATED)
                .entity(published)
                .header(HttpHeaders.LOCATION, uriInfo.getPath() + "/" + published.version()))
                .build();
    }

    @GET
    @Path("/{version}")
    @PermitAll
    @Operation(operationId = "getQuestionnaireVersion", summary = "Get a questionnaire version",
            description = "Public. A published (or since retired) version with its dimensions and questions: the"
                    + " one an assessment answers, whatever was published after it.")
    @APIResponse(responseCode = "200", description = "The questionnaire version")
    @APIResponse(responseCode = "304", description = "Your cached copy (If-None-Match) is current")
    public RestResponse<QuestionnaireView> getQuestionnaireVersion(
            @Parameter(description = "Version number", example = "2") @PathParam("version") @Min(1) @Max(10000)
            int version,
            @BeanParam @Valid AcceptLanguage acceptLanguage, @Context Request request) {
        Language language = acceptLanguage.language();
        return language.label(conditional.ok(request, service.version(version).view(language),
                "public, max-age=86400")).build();
    }
}
