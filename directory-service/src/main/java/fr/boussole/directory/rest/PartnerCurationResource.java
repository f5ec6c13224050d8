package fr.boussole.directory.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.boussole.commons.workflow.CurationResource;
import fr.boussole.directory.rest.dto.CuratedPartner;
import fr.boussole.directory.rest.dto.CuratedPartnerSummary;
import fr.boussole.directory.rest.dto.PartnerDraft;
import fr.boussole.directory.service.partner.PartnerCuration;
import io.quarkus.security.identity.SecurityIdentity;

/** The curators' side of the partners: every partner whatever its status, and the workflow that publishes them. */
@Path("/api/v1/directory/curation/partners")
@Tag(name = "Partner curation", description = "Curators and admins write, review, publish and archive partners;"
        + " four-eyes: whoever changed a partner last cannot publish it",
        extensions = @Extension(name = "x-curation", parseValue = true, value = """
                {"item": "partner", "example": "datavue-conseil",
                 "creation": "it needs a slug, a kind and a name, and may refer only to existing INSEE codes and to the catalogue's sectors and published use cases, checked with catalogue-service (503 when it cannot answer)",
                 "publication": "It needs its description in both languages"}"""))
public class PartnerCurationResource extends CurationResource<PartnerDraft, CuratedPartner, CuratedPartnerSummary> {

    PartnerCurationResource(PartnerCuration curation, SecurityIdentity identity) {
        super(curation, identity);
    }
}
