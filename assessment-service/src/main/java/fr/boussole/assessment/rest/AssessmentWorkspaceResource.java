package fr.boussole.assessment.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.assessment.domain.FollowUp;
import fr.boussole.assessment.rest.dto.AssessmentView;
import fr.boussole.assessment.rest.dto.NoteView;
import fr.boussole.assessment.rest.dto.WorkspaceInputs;
import fr.boussole.assessment.service.AssessmentWorkspaceService;
import fr.boussole.commons.http.SuiteHeaders;
import fr.boussole.commons.openapi.ApiConventions;
import fr.boussole.commons.security.Roles;

/** The company's consent to share an assessment with a CCI, and the CCI advisors' work on it. */
@Path("/api/v1/assessments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advisor workspace", description = "Sharing with a CCI (the company's consent), level override, private"
        + " notes and follow-up of the CCI's advisors")
public class AssessmentWorkspaceResource {

    private final AssessmentWorkspaceService workspace;
    private final Callers callers;

    AssessmentWorkspaceResource(AssessmentWorkspaceService workspace, Callers callers) {
        this.workspace = workspace;
        this.callers = callers;
    }

    @PUT
    @Path("/sharing")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "shareAssessment", summary = "Share the assessment with a CCI",
            description = "The company only (its user, or the resume token): its explicit consent, in place of any"
                    + " earlier one. The CCI's advisors and CRM can then read it, until the consent is withdrawn.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "Shared")
    public RestResponse<AssessmentView> shareAssessment(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id,
            @Parameter(description = AssessmentResource.RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken,
            @NotNull @Valid WorkspaceInputs.SharingInput input) {
        return AssessmentResource.ok(workspace.share(callers.current(resumeToken), id, input));
    }

    @DELETE
    @Path("/sharing")
    @PermitAll
    @Operation(operationId = "unshareAssessment", summary = "Withdraw the consent to share",
            description = "The company only. The CCI no longer reads the assessment, unless its advisor started it.",
            extensions = @Extension(name = ApiConventions.OPTIONAL_SIGN_IN, value = "true"))
    @APIResponse(responseCode = "200", description = "No longer shared")
    public RestResponse<AssessmentView> unshareAssessment(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id,
            @Parameter(description = AssessmentResource.RESUME_DESCRIPTION)
            @Size(max = Callers.RESUME_TOKEN_MAX_LENGTH) @HeaderParam(SuiteHeaders.RESUME_TOKEN) String resumeToken) {
        return AssessmentResource.ok(workspace.unshare(callers.current(resumeToken), id));
    }

    @PUT
    @Path("/level-override")
    @RolesAllowed(Roles.ADVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "overrideLevel", summary = "Override the readiness level",
            description = "Advisors of a CCI that has the assessment, once submitted. The level they judge right with"
                    + " a written justification (20 characters at least); the computed level is kept and both are"
                    + " shown.")
    @APIResponse(responseCode = "200", description = "Overridden")
    @APIResponse(responseCode = "409", description = "Not submitted yet: a draft has no level to override")
    public RestResponse<AssessmentView> overrideLevel(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id,
            @NotNull @Valid WorkspaceInputs.LevelOverrideInput input) {
        return AssessmentResource.ok(workspace.override(callers.current(null), id, input));
    }

    @DELETE
    @Path("/level-override")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(operationId = "withdrawLevelOverride", summary = "Withdraw the level override",
            description = "Advisors of a CCI that has the assessment. The computed level counts again.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    public RestResponse<AssessmentView> withdrawLevelOverride(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id) {
        return AssessmentResource.ok(workspace.withdrawOverride(callers.current(null), id));
    }

    @GET
    @Path("/notes")
    @RolesAllowed(Roles.ADVISOR)
    @Operation(operationId = "listNotes", summary = "List the private notes",
            description = "Advisors of a CCI that has the assessment: their CCI's notes, oldest first. Never shown to"
                    + " the company.")
    @APIResponse(responseCode = "200", description = "The notes")
    public RestResponse<List<NoteView>> listNotes(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(workspace.notes(callers.current(null), id))
                .header(HttpHeaders.CACHE_CONTROL, AssessmentResource.NO_STORE).build();
    }

    @POST
    @Path("/notes")
    @RolesAllowed(Roles.ADVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addNote", summary = "Add a private note",
            description = "Advisors of a CCI that has the assessment. Read by their CCI's advisors only.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public RestResponse<NoteView> addNote(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id,
            @NotNull @Valid WorkspaceInputs.NoteInput input) {
        return RestResponse.ResponseBuilder.<NoteView> create(RestResponse.Status.CREATED)
                .entity(workspace.addNote(callers.current(null), id, input))
                .header(HttpHeaders.CACHE_CONTROL, AssessmentResource.NO_STORE).build();
    }

    @PUT
    @Path("/follow-up")
    @RolesAllowed(Roles.ADVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setFollowUp", summary = "Set the follow-up status",
            description = "Advisors of a CCI that has the assessment: to contact, in progress, accompanied, closed.")
    @APIResponse(responseCode = "200", description = "The status set")
    public RestResponse<WorkspaceInputs.FollowUpInput> setFollowUp(
            @Parameter(description = AssessmentResource.ID_DESCRIPTION, example = AssessmentResource.ID_EXAMPLE)
            @PathParam("id") UUID id,
            @NotNull @Valid WorkspaceInputs.FollowUpInput input) {
        FollowUp status = workspace.followUp(callers.current(null), id, input);
        return RestResponse.ResponseBuilder.ok(new WorkspaceInputs.FollowUpInput(status))
                .header(HttpHeaders.CACHE_CONTROL, AssessmentResource.NO_STORE).build();
    }
}
