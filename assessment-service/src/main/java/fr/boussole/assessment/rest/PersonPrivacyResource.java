package fr.boussole.assessment.rest;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import fr.boussole.commons.security.DataSubjectRights;
import io.quarkus.security.Authenticated;

/** A person's data protection rights over the whole suite: access and portability, erasure, access log. */
@Path("/api/v1/privacy/people/{username}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Privacy")
public class PersonPrivacyResource {

    private static final String USERNAME = "The person's username (the principal name of their tokens)";

    private final SuitePrivacy suite;
    private final PrivacyService privacy;
    private final Callers callers;

    PersonPrivacyResource(SuitePrivacy suite, PrivacyService privacy, Callers callers) {
        this.suite = suite;
        this.privacy = privacy;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "exportPersonData", summary = "Everything held about a person",
            description = "Access and portability, for the person themselves or an admin: one JSON document gathered"
                    + " from every service, of every row that names them (assessments started, levels overridden,"
                    + " consents, notes, webhooks, evaluations of partners, curation work, personal data they read"
                    + " and requests about them). The request is logged.")
    @APIResponse(responseCode = "200", description = "The document, to save")
    public RestResponse<Map<String, Object>> exportPersonData(
            @Parameter(description = USERNAME, example = "advisor.paris") @PathParam("username")
            @Size(max = 120) @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) String username) {
        return RestResponse.ResponseBuilder.ok(suite.exportPerson(callers.current(null), username))
                .header("Content-Disposition", "attachment; filename=\"boussole-data-" + username + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Operation(operationId = "erasePersonData", summary = "Erase a person everywhere",
            description = "For the person themselves or an admin. Their evaluations of partners are deleted;"
                    + " everywhere else their name becomes [erased] and what they did stays (assessments, notes,"
                    + " curated content, the access log). Their account itself is Keycloak's: an admin deletes it"
                    + " there. Idempotent: send it again if a service was unreachable (503).")
    @APIResponse(responseCode = "200", description = "How many rows each service changed, by table and column")
    public Map<String, Object> erasePersonData(
            @Parameter(description = USERNAME, example = "advisor.paris") @PathParam("username")
            @Size(max = 120) @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) String username) {
        return suite.erasePerson(callers.current(null), username);
    }

    @GET
    @Path("/access-log")
    @Operation(operationId = "personAccessLog", summary = "Who exported or erased a person's data",
            description = "Newest first; for the person themselves or an admin.")
    @APIResponse(responseCode = "200", description = "A page of the log")
    public RestResponse<Page<AccessLogEntry>> personAccessLog(
            @Parameter(description = USERNAME, example = "advisor.paris") @PathParam("username")
            @Size(max = 120) @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) String username,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Page<AccessLogEntry> page = privacy.personAccessLog(callers.current(null), username, paging);
        return PageLinks.privatePage(page, uriInfo);
    }
}
