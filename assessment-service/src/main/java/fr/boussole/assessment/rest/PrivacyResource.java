package fr.boussole.assessment.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.boussole.assessment.rest.dto.AccessLogEntry;
import fr.boussole.assessment.service.privacy.PrivacyService;
import fr.boussole.assessment.service.privacy.SuitePrivacy;
import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageLinks;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.security.Roles;
import fr.boussole.commons.validation.Siren;

/** A company's data protection rights over the whole suite: access and portability, erasure, access log. */
@Path("/api/v1/privacy/companies/{siren}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SME, Roles.ADMIN })
@Tag(name = "Privacy", description = "GDPR rights over everything the suite holds about a company (the company"
        + " itself, token claim siren, or an admin) or a person (that person or an admin): one machine-readable"
        + " export, erasure everywhere, and the log of who read or exported the data")
public class PrivacyResource {

    private static final String SIREN = "The company's SIREN";

    private final SuitePrivacy suite;
    private final PrivacyService privacy;
    private final Callers callers;

    PrivacyResource(SuitePrivacy suite, PrivacyService privacy, Callers callers) {
        this.suite = suite;
        this.privacy = privacy;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "exportCompanyData", summary = "Everything held about a company",
            description = "Access and portability: one JSON document gathered from every service (assessments with"
                    + " answers, consents and advisors' notes; the directory's partner entry and contact; who read"
                    + " or exported them). The request is logged.")
    @APIResponse(responseCode = "200", description = "The document, to save")
    public RestResponse<Map<String, Object>> exportCompanyData(
            @Parameter(description = SIREN, example = "901122333",
                    schema = @Schema(type = SchemaType.STRING, pattern = Siren.PATTERN))
            @PathParam("siren") @Siren @Size(max = 9) String siren) {
        return RestResponse.ResponseBuilder.ok(suite.exportCompany(callers.current(null), siren))
                .header("Content-Disposition", "attachment; filename=\"boussole-data-" + siren + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Operation(operationId = "eraseCompanyData", summary = "Erase a company everywhere",
            description = "Assessments are anonymised (scores and statistics stay; SIREN, name, people and free text"
                    + " go; advisors' notes are deleted) and CRMs get assessment.erased; the directory deletes the"
                    + " company's contact person. Idempotent: send it again if a service was unreachable (503).")
    @APIResponse(responseCode = "200", description = "What each service erased")
    public Map<String, Object> eraseCompanyData(
            @Parameter(description = SIREN, example = "901122333",
                    schema = @Schema(type = SchemaType.STRING, pattern = Siren.PATTERN))
            @PathParam("siren") @Siren @Size(max = 9) String siren) {
        return suite.eraseCompany(callers.current(null), siren);
    }

    @GET
    @Path("/access-log")
    @Operation(operationId = "companyAccessLog", summary = "Who read, exported or erased the company's data",
            description = "Newest first: advisors, CRMs and admins who read its assessments, exports and erasures.")
    @APIResponse(responseCode = "200", description = "A page of the log")
    public RestResponse<Page<AccessLogEntry>> companyAccessLog(
            @Parameter(description = SIREN, example = "901122333",
                    schema = @Schema(type = SchemaType.STRING, pattern = Siren.PATTERN))
            @PathParam("siren") @Siren @Size(max = 9) String siren,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<AccessLogEntry> page = privacy.accessLog(callers.current(null), siren, paging);
        return PageLinks.privatePage(page, uriInfo);
    }
}
