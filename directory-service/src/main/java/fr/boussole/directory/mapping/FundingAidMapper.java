package fr.boussole.directory.mapping;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.FundingAidView;

public final class FundingAidMapper {

    private FundingAidMapper() {
    }

    public static FundingAidView view(FundingAid aid, Language language) {
        boolean french = language == Language.FR;
        return new FundingAidView(aid.id, french ? aid.nameFr : aid.nameEn,
                french ? aid.descriptionFr : aid.descriptionEn, french ? aid.conditionsFr : aid.conditionsEn,
                aid.carriers, aid.aidTypes, aid.beneficiaries, aid.recurrence, aid.regions, aid.departements,
                aid.opensOn, aid.closesOn, aid.rules, aid.sourceUrl, aid.procedureUrl, aid.contact, aid.version);
    }
}
