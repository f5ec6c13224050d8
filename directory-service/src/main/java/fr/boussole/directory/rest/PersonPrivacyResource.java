package fr.boussole.directory.rest;

import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.boussole.directory.service.privacy.PersonPrivacyService;
import fr.boussole.commons.security.DataSubjectRights;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The directory's part of a person's GDPR rights; assessment-service's {@code /api/v1/privacy/people} gathers the
 * parts of every service into one answer.
 */
@Path("/api/v1/directory/privacy/people/{username}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Directory privacy")
public class PersonPrivacyResource {

    private static final String USERNAME = "The person's username";

    private final PersonPrivacyService privacy;
    private final SecurityIdentity identity;

    PersonPrivacyResource(PersonPrivacyService privacy, SecurityIdentity identity) {
        this.privacy = privacy;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "directoryPersonData", summary = "What the directory holds about a person",
            description = "Their evaluations of partners, and the curation work they are named in: partners"
                    + " created, edited or published, history entries, aids and partner kinds edited.")
    @APIResponse(responseCode = "200", description = "The directory's part")
    public Map<String, Object> directoryPersonData(@Parameter(description = USERNAME, example = "advisor.paris")
            @PathParam("username") @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) @Size(max = 120)
            String username) {
        return privacy.data(identity.hasRole(Roles.ADMIN), identity.getPrincipal().getName(), username);
    }

    @DELETE
    @Operation(operationId = "eraseDirectoryPersonData", summary = "Erase a person from the directory",
            description = "Their evaluations are deleted; elsewhere their name becomes [erased] and the content"
                    + " stays. Idempotent.")
    @APIResponse(responseCode = "200", description = "How many rows changed, by table and column")
    public Map<String, Object> eraseDirectoryPersonData(@Parameter(description = USERNAME, example = "advisor.paris")
            @PathParam("username") @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) @Size(max = 120)
            String username) {
        return privacy.erase(identity.hasRole(Roles.ADMIN), identity.getPrincipal().getName(), username);
    }
}
