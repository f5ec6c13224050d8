package fr.boussole.directory.mapping;

import java.util.ArrayList;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.AidDraft;
import fr.boussole.directory.rest.dto.AidTexts;
import fr.boussole.directory.rest.dto.FundingAidView;

public final class FundingAidMapper {

    private FundingAidMapper() {
    }

    /** What a curator edits, read back from the aid (without the id, which never changes). */
    public static AidDraft draft(FundingAid aid) {
        return new AidDraft(null, aid.position, new AidTexts(aid.nameFr, aid.descriptionFr, aid.conditionsFr),
                new AidTexts(aid.nameEn, aid.descriptionEn, aid.conditionsEn), aid.carriers, aid.carrierSirens,
                aid.aidTypes, aid.beneficiaries, aid.recurrence, aid.regions, aid.departements, aid.opensOn,
                aid.closesOn, aid.rules, aid.ratePercent, aid.maxAmountEur, aid.earlierTerms, aid.sourceUrl,
                aid.procedureUrl, aid.contact, aid.checkedOn, aid.confidence);
    }

    /** Replaces the aid's content with the draft's; the id is not content. */
    public static void apply(AidDraft draft, FundingAid aid) {
        aid.position = draft.position();
        aid.nameFr = draft.fr().name().strip();
        aid.nameEn = draft.en().name().strip();
        aid.descriptionFr = draft.fr().description();
        aid.descriptionEn = draft.en().description();
        aid.conditionsFr = draft.fr().conditions();
        aid.conditionsEn = draft.en().conditions();
        aid.carriers = new ArrayList<>(draft.carriers());
        aid.carrierSirens = new ArrayList<>(draft.carrierSirens());
        aid.aidTypes = new ArrayList<>(draft.aidTypes());
        aid.beneficiaries = new ArrayList<>(draft.beneficiaries());
        aid.recurrence = draft.recurrence();
        aid.regions = new ArrayList<>(draft.regions());
        aid.departements = new ArrayList<>(draft.departements());
        aid.opensOn = draft.opensOn();
        aid.closesOn = draft.closesOn();
        aid.rules = draft.rules();
        aid.ratePercent = draft.ratePercent();
        aid.maxAmountEur = draft.maxAmountEur();
        aid.earlierTerms = new ArrayList<>(draft.earlierTerms());
        aid.checkedOn = draft.checkedOn();
        aid.confidence = draft.confidence();
        aid.sourceUrl = draft.sourceUrl();
        aid.procedureUrl = draft.procedureUrl();
        aid.contact = draft.contact();
    }

    public static FundingAidView view(FundingAid aid, Language language) {
        boolean french = language == Language.FR;
        return new FundingAidView(aid.id, french ? aid.nameFr : aid.nameEn,
                french ? aid.descriptionFr : aid.descriptionEn, french ? aid.conditionsFr : aid.conditionsEn,
                aid.carriers, aid.aidTypes, aid.beneficiaries, aid.recurrence, aid.regions, aid.departements,
                aid.opensOn, aid.closesOn, aid.rules, aid.ratePercent, aid.maxAmountEur, aid.earlierTerms,
                aid.sourceUrl, aid.procedureUrl, aid.contact, aid.checkedOn, aid.confidence, aid.version);
    }
}
