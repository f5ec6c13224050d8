package fr.boussole.catalogue.rest;

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

import fr.boussole.catalogue.service.PersonPrivacyService;
import fr.boussole.commons.security.DataSubjectRights;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The catalogue's part of a person's GDPR rights; assessment-service's {@code /api/v1/privacy/people} gathers the
 * parts of every service into one answer.
 */
@Path("/api/v1/catalogue/privacy/people/{username}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Catalogue privacy", description = "The catalogue's part of a person's GDPR rights (the whole is at"
        + " /api/v1/privacy/people); the person themselves or an admin")
public class PersonPrivacyResource {

    private static final String USERNAME = "The person's username";

    private final PersonPrivacyService privacy;
    private final SecurityIdentity identity;

    PersonPrivacyResource(PersonPrivacyService privacy, SecurityIdentity identity) {
        this.privacy = privacy;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "cataloguePersonData", summary = "What the catalogue holds about a person",
            description = "The curation work they are named in: use cases created, edited or published, history"
                    + " entries, taxonomy edits.")
    @APIResponse(responseCode = "200", description = "The catalogue's part")
    public Map<String, Object> cataloguePersonData(@Parameter(description = USERNAME, example = "curator.alice")
            @PathParam("username") @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) @Size(max = 120)
            String username) {
        return privacy.data(identity.hasRole(Roles.ADMIN), identity.getPrincipal().getName(), username);
    }

    @DELETE
    @Operation(operationId = "eraseCataloguePersonData", summary = "Erase a person's name from the catalogue",
            description = "Their name becomes [erased] wherever it stands; the content stays. Idempotent.")
    @APIResponse(responseCode = "200", description = "How many rows changed, by table and column")
    public Map<String, Object> eraseCataloguePersonData(@Parameter(description = USERNAME, example = "curator.alice")
            @PathParam("username") @Pattern(regexp = DataSubjectRights.USERNAME_PATTERN) @Size(max = 120)
            String username) {
        return privacy.erase(identity.hasRole(Roles.ADMIN), identity.getPrincipal().getName(), username);
    }
}
