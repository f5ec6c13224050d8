package fr.boussole.assessment.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.boussole.assessment.domain.AssessmentStatus;
import fr.boussole.assessment.service.AssessmentExportService;
import fr.boussole.commons.security.Roles;

/** A CCI's assessments in one file, for its CRM or a spreadsheet. */
@Path("/api/v1/assessments/export")
@Tag(name = "Advisor workspace")
public class AssessmentExportResource {

    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/jsonl";

    private final AssessmentExportService exports;
    private final Callers callers;

    AssessmentExportResource(AssessmentExportService exports, Callers callers) {
        this.exports = exports;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({ Roles.ADVISOR, Roles.CRM })
    @Produces({ CSV, JSON_LINES })
    @Operation(operationId = "exportAssessments", summary = "Export the CCI's assessments",
            description = "Advisors and the CRM of a CCI: the assessments its advisors started and those shared with"
                    + " it, with profile, scores by dimension, level and follow-up, oldest update first. CSV (RFC"
                    + " 4180, UTF-8 with a byte order mark, ';' between fields unless delimiter=comma, so French"
                    + " spreadsheets open it in columns; times in UTC) or JSON Lines. Streamed: any number of rows.")
    @APIResponse(responseCode = "200", description = "The export, as a file to save", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response exportAssessments(
            @Parameter(description = "csv or jsonl") @QueryParam("format") @DefaultValue("csv")
            AssessmentExportService.Format format,
            @Parameter(description = "CSV field delimiter: semicolon (French spreadsheets) or comma")
            @QueryParam("delimiter") @DefaultValue("semicolon") Delimiter delimiter,
            @Parameter(description = "Only this status") @QueryParam("status") AssessmentStatus status,
            @Parameter(description = "Updated on or after this day (UTC)", example = "2026-01-01")
            @QueryParam("since") @Size(max = 10) String since,
            @Parameter(description = "Updated before this day (UTC)", example = "2026-12-31")
            @QueryParam("until") @Size(max = 10) String until) {
        AssessmentExportService.Request request = exports.request(callers.current(null), format, status,
                AssessmentResource.day("since", since), AssessmentResource.day("until", until));
        StreamingOutput body = out -> exports.write(request, format, delimiter.character, out);
        boolean csv = format == AssessmentExportService.Format.CSV;
        String file = "assessments-" + request.cci() + "-" + LocalDate.now(ZoneOffset.UTC) + (csv ? ".csv" : ".jsonl");
        return Response.ok(body, csv ? CSV + "; charset=utf-8; header=present" : JSON_LINES + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The CSV field delimiters on offer (commons' StrictParameters reads them in any case). */
    public enum Delimiter {
        SEMICOLON(';'), COMMA(',');

        final char character;

        Delimiter(char character) {
            this.character = character;
        }
    }
}
