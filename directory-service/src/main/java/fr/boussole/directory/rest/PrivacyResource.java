package fr.boussole.directory.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.boussole.commons.security.Claims;
import fr.boussole.commons.security.Roles;
import fr.boussole.commons.validation.Siren;
import fr.boussole.directory.service.privacy.CompanyPrivacyService;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The directory's part of a company's GDPR rights; assessment-service's {@code /api/v1/privacy} gathers the parts
 * of every service into one answer.
 */
@Path("/api/v1/directory/privacy/companies/{siren}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SME, Roles.ADMIN })
@Tag(name = "Directory privacy", description = "The directory's part of the GDPR rights of a company (the company"
        + " itself, token claim siren, or an admin) and of a person (that person or an admin); the whole is at"
        + " /api/v1/privacy")
public class PrivacyResource {

    private final CompanyPrivacyService privacy;
    private final SecurityIdentity identity;

    PrivacyResource(CompanyPrivacyService privacy, SecurityIdentity identity) {
        this.privacy = privacy;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "directoryCompanyData", summary = "What the directory holds about a company",
            description = "Its partner entry, if it is a partner, with its contact person.")
    @APIResponse(responseCode = "200", description = "The directory's part")
    public Map<String, Object> directoryCompanyData(
            @Parameter(description = "The company's SIREN", example = "910001015",
                    schema = @Schema(type = SchemaType.STRING, pattern = Siren.PATTERN))
            @PathParam("siren") @Siren @Size(max = 9) String siren) {
        return privacy.data(requester(), siren);
    }

    @DELETE
    @Operation(operationId = "eraseDirectoryCompanyData", summary = "Erase the company's contact person",
            description = "From its partner entry, the published version and the curation history. Idempotent.")
    @APIResponse(responseCode = "200", description = "What was erased")
    public Map<String, Object> eraseDirectoryCompanyData(
            @Parameter(description = "The company's SIREN", example = "910001015",
                    schema = @Schema(type = SchemaType.STRING, pattern = Siren.PATTERN))
            @PathParam("siren") @Siren @Size(max = 9) String siren) {
        return privacy.erase(requester(), siren);
    }

    private CompanyPrivacyService.Requester requester() {
        String siren = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(Claims.SIREN) : null;
        return new CompanyPrivacyService.Requester(identity.hasRole(Roles.ADMIN), siren);
    }
}
