package fr.boussole.directory.service.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.problem.FieldError;
import fr.boussole.commons.workflow.CurationWorkflow;
import fr.boussole.directory.client.CatalogueReferences;
import fr.boussole.directory.mapping.PartnerMapper;
import fr.boussole.directory.repository.Partner;
import fr.boussole.directory.repository.PartnerHistory;
import fr.boussole.directory.repository.PartnerHistoryEntry;
import fr.boussole.directory.repository.PartnerKindRepository;
import fr.boussole.directory.repository.PartnerRepository;
import fr.boussole.directory.rest.dto.CuratedPartner;
import fr.boussole.directory.rest.dto.CuratedPartnerSummary;
import fr.boussole.directory.rest.dto.PartnerDraft;
import fr.boussole.directory.service.Geography;

/**
 * The curators' workflow for partners (see {@link CurationWorkflow}). Kinds and areas are checked here, sectors and
 * use cases against catalogue-service, before anything is stored. Publishing writes the document the public reads;
 * it needs the description in both languages.
 */
@ApplicationScoped
public class PartnerCuration
        extends CurationWorkflow<Partner, PartnerHistoryEntry, PartnerDraft, CuratedPartner, CuratedPartnerSummary> {

    private final PartnerKindRepository kinds;
    private final Geography geography;
    private final CatalogueReferences catalogue;

    PartnerCuration(PartnerRepository partners, PartnerHistory history, PartnerKindRepository kinds,
            Geography geography, CatalogueReferences catalogue, ObjectMapper mapper) {
        super("partner", partners, history, mapper, new Mapping<>(Partner::new, PartnerHistoryEntry::new,
                PartnerDraft::slug, PartnerMapper::apply, PartnerMapper::draft, PartnerMapper::curated,
                PartnerMapper::summary));
        this.kinds = kinds;
        this.geography = geography;
        this.catalogue = catalogue;
    }

    @Override
    protected List<FieldError> missingForPublication(Partner partner) {
        List<FieldError> missing = new ArrayList<>();
        if (blank(partner.descriptionFr)) {
            missing.add(new FieldError("description.fr", "is needed to publish"));
        }
        if (blank(partner.descriptionEn)) {
            missing.add(new FieldError("description.en", "is needed to publish"));
        }
        return missing;
    }

    @Override
    protected void publish(Partner partner, Instant at) {
        partner.published = PartnerMapper.document(partner, at);
    }

    @Override
    protected void withdraw(Partner partner) {
        partner.published = null;
    }

    /** What bean validation cannot see: codes that must exist here or in the catalogue, and cross-field rules. */
    @Override
    protected void check(PartnerDraft draft, List<FieldError> errors) {
        if (draft.kind() != null && kinds.findByIdOptional(draft.kind()).isEmpty()) {
            errors.add(new FieldError("kind", "unknown partner kind '" + draft.kind() + "'"));
        }
        errors.addAll(geography.unknownAreas(draft.regions(), draft.departements()));
        if (draft.firstTest() != null && draft.firstTest().minMonths() > draft.firstTest().maxMonths()) {
            errors.add(new FieldError("firstTest", "minMonths must not be greater than maxMonths"));
        }
        if (errors.isEmpty()) {
            // Only a draft valid in itself is worth a call to the catalogue.
            unknown("sectors", draft.sectors(), catalogue.unknownSectors(draft.sectors()), errors);
            unknown("useCases", draft.useCases(), catalogue.unknownUseCases(draft.useCases()), errors);
        }
    }

    private static void unknown(String field, List<String> values, List<String> unknown, List<FieldError> errors) {
        for (int i = 0; i < values.size(); i++) {
            if (unknown.contains(values.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "unknown in the catalogue: '" + values.get(i) + "'"));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
