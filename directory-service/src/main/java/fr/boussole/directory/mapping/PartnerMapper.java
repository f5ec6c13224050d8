package fr.boussole.directory.mapping;

import java.time.Instant;
import java.util.ArrayList;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.domain.LocalizedText;
import fr.boussole.directory.domain.MonthRange;
import fr.boussole.directory.domain.PartnerContact;
import fr.boussole.directory.domain.PartnerDocument;
import fr.boussole.directory.repository.Partner;
import fr.boussole.directory.rest.dto.CuratedPartner;
import fr.boussole.directory.rest.dto.CuratedPartnerSummary;
import fr.boussole.directory.rest.dto.PartnerDraft;
import fr.boussole.directory.rest.dto.PartnerView;

public final class PartnerMapper {

    private PartnerMapper() {
    }

    /** Replaces the working copy's content with the draft's; the slug is not content. */
    public static void apply(PartnerDraft draft, Partner partner) {
        partner.kind = draft.kind();
        partner.name = draft.name().strip();
        partner.descriptionFr = draft.description() == null ? null : draft.description().fr();
        partner.descriptionEn = draft.description() == null ? null : draft.description().en();
        partner.siren = draft.siren();
        partner.regions = new ArrayList<>(draft.regions());
        partner.departements = new ArrayList<>(draft.departements());
        partner.sectors = new ArrayList<>(draft.sectors());
        partner.useCases = new ArrayList<>(draft.useCases());
        partner.offers = new ArrayList<>(draft.offers());
        partner.firstTestMinMonths = draft.firstTest() == null ? null : draft.firstTest().minMonths();
        partner.firstTestMaxMonths = draft.firstTest() == null ? null : draft.firstTest().maxMonths();
        partner.website = draft.website();
        partner.contactName = draft.contact() == null ? null : draft.contact().name();
        partner.contactEmail = draft.contact() == null ? null : draft.contact().email();
        partner.contactPhone = draft.contact() == null ? null : draft.contact().phone();
        partner.verified = draft.verified();
    }

    public static PartnerDraft draft(Partner partner) {
        return new PartnerDraft(partner.slug, partner.kind, partner.name, description(partner), partner.siren,
                partner.regions, partner.departements, partner.sectors, partner.useCases, partner.offers,
                firstTest(partner), partner.website, contact(partner), partner.verified);
    }

    public static CuratedPartner curated(Partner partner) {
        return new CuratedPartner(partner.status, partner.version, draft(partner), partner.createdAt,
                partner.createdBy, partner.updatedAt, partner.lastEditor, partner.publishedAt, partner.publishedBy);
    }

    public static CuratedPartnerSummary summary(Partner partner) {
        return new CuratedPartnerSummary(partner.slug, partner.name, partner.kind, partner.status, partner.version,
                partner.updatedAt, partner.lastEditor);
    }

    /** The working copy as the public will read it from now on. */
    public static PartnerDocument document(Partner partner, Instant publishedAt) {
        return new PartnerDocument(partner.slug, partner.version, publishedAt, partner.kind, partner.name,
                description(partner), partner.siren, partner.regions, partner.departements, partner.sectors,
                partner.useCases, partner.offers, firstTest(partner), partner.website, contact(partner),
                partner.verified);
    }

    public static PartnerView view(PartnerDocument document, Language language, boolean withContact) {
        return new PartnerView(document.slug(), document.kind(), document.name(),
                document.description() == null ? null : document.description().in(language), document.siren(),
                document.regions(), document.departements(), document.sectors(), document.useCases(),
                document.offers(), document.firstTest(), document.website(),
                withContact ? document.contact() : null, document.verified(), document.version(),
                document.publishedAt());
    }

    private static LocalizedText description(Partner partner) {
        return partner.descriptionFr == null && partner.descriptionEn == null ? null
                : new LocalizedText(partner.descriptionFr, partner.descriptionEn);
    }

    private static MonthRange firstTest(Partner partner) {
        return partner.firstTestMinMonths == null ? null
                : new MonthRange(partner.firstTestMinMonths, partner.firstTestMaxMonths);
    }

    private static PartnerContact contact(Partner partner) {
        return partner.contactName == null && partner.contactEmail == null && partner.contactPhone == null ? null
                : new PartnerContact(partner.contactName, partner.contactEmail, partner.contactPhone);
    }
}
