package fr.boussole.catalogue.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.boussole.catalogue.rest.dto.CuratedUseCase;
import fr.boussole.catalogue.rest.dto.CuratedUseCaseSummary;
import fr.boussole.catalogue.rest.dto.UseCaseDraft;
import fr.boussole.catalogue.service.UseCaseCuration;
import fr.boussole.commons.workflow.CurationResource;
import io.quarkus.security.identity.SecurityIdentity;

/** The curators' side of the catalogue: every use case whatever its status, and the workflow that publishes them. */
@Path("/api/v1/catalogue/curation/use-cases")
@Tag(name = "Use case curation", description = "Curators and admins write, review, publish and archive use cases;"
        + " four-eyes: whoever changed a use case last cannot publish it",
        extensions = @Extension(name = "x-curation", parseValue = true, value = """
                {"item": "use case", "example": "tri-candidatures",
                 "creation": "it needs a slug and a French title, and may refer only to existing sectors and business functions",
                 "publication": "It must be complete in both languages"}"""))
public class UseCaseCurationResource extends CurationResource<UseCaseDraft, CuratedUseCase, CuratedUseCaseSummary> {

    UseCaseCurationResource(UseCaseCuration curation, SecurityIdentity identity) {
        super(curation, identity);
    }
}
