package fr.boussole.directory.service.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.i18n.Language;
import fr.boussole.directory.domain.EligibilityRules;
import fr.boussole.directory.domain.Range;
import fr.boussole.directory.repository.FundingAid;
import fr.boussole.directory.rest.dto.AidEligibility.Status;
import fr.boussole.directory.rest.dto.AidEligibility;
import fr.boussole.directory.rest.dto.CompanyProfile;
import fr.boussole.directory.rest.dto.RegionView;
import fr.boussole.directory.service.Geography;

/** The rules no seeded aid exercises: dates, départements, activity codes, revenue and age. */
class EligibilityEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    /** The two regions the cases need, as the INSEE reference has them. */
    private static final Geography GEOGRAPHY = new Geography(List.of(
            new RegionView("11", "Île-de-France", List.of(new RegionView.Departement("75", "Paris"))),
            new RegionView("84", "Auvergne-Rhône-Alpes", List.of(new RegionView.Departement("38", "Isère"),
                    new RegionView.Departement("69", "Rhône")))));
    private final EligibilityEngine engine = new EligibilityEngine(GEOGRAPHY);

    private static FundingAid aid(String id, EligibilityRules rules) {
        FundingAid aid = new FundingAid();
        aid.id = id;
        aid.nameFr = id;
        aid.nameEn = id;
        aid.rules = rules;
        aid.regions = List.of();
        aid.departements = List.of();
        return aid;
    }

    private static CompanyProfile profile(String departement, String naf, Long revenue, LocalDate createdOn) {
        return new CompanyProfile(10, revenue, createdOn, null, departement, naf, false, null, true, null);
    }

    private AidEligibility judge(FundingAid aid, CompanyProfile profile) {
        return engine.judge(aid, profile, TODAY, Language.EN);
    }

    @Test
    void aClosedAidIsExpiredAndOneNotYetOpenIsNotEligible() {
        FundingAid closed = aid("closed", EligibilityRules.none());
        closed.closesOn = TODAY.minusDays(1);
        assertThat(judge(closed, profile("75", null, null, null)).status()).isEqualTo(Status.EXPIRED);

        FundingAid future = aid("future", EligibilityRules.none());
        future.opensOn = TODAY.plusMonths(1);
        AidEligibility result = judge(future, profile("75", null, null, null));
        assertThat(result.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(result.failed().get(0).detail()).isEqualTo("Opens on " + TODAY.plusMonths(1));

        FundingAid lastDay = aid("last-day", EligibilityRules.none());
        lastDay.closesOn = TODAY;
        assertThat(judge(lastDay, profile("75", null, null, null)).status()).isEqualTo(Status.ELIGIBLE);
    }

    @Test
    void aDepartementAidNeedsTheDepartementWhenOnlyTheRegionIsKnown() {
        FundingAid rhone = aid("rhone", EligibilityRules.none());
        rhone.departements = List.of("69");
        assertThat(judge(rhone, profile("69", null, null, null)).status()).isEqualTo(Status.ELIGIBLE);
        assertThat(judge(rhone, profile("38", null, null, null)).status()).isEqualTo(Status.NOT_ELIGIBLE);
        CompanyProfile regionOnly = new CompanyProfile(10, null, null, "84", null, null, null, null, null, null);
        AidEligibility partial = judge(rhone, regionOnly);
        assertThat(partial.status()).isEqualTo(Status.PARTIALLY_ELIGIBLE);
        assertThat(partial.unknownFacts()).containsExactly("departement");
        CompanyProfile otherRegion = new CompanyProfile(10, null, null, "11", null, null, null, null, null, null);
        assertThat(judge(rhone, otherRegion).status()).isEqualTo(Status.NOT_ELIGIBLE);
    }

    @Test
    void activityRevenueAndAgeRules() {
        EligibilityRules rules = new EligibilityRules(null, new Range(null, 10_000_000L), new Range(null, 36L),
                List.of("62", "63.1"), List.of("62.09"), null, false);
        FundingAid digital = aid("digital", rules);
        LocalDate young = TODAY.minusMonths(20);
        assertThat(judge(digital, profile("75", "62.01Z", 2_000_000L, young)).status()).isEqualTo(Status.ELIGIBLE);
        assertThat(judge(digital, profile("75", "63.11Z", 2_000_000L, young)).status()).isEqualTo(Status.ELIGIBLE);
        assertThat(judge(digital, profile("75", "62.09Z", 2_000_000L, young)).failed().get(0).rule())
                .isEqualTo("naf");
        assertThat(judge(digital, profile("75", "47.11A", 2_000_000L, young)).status())
                .isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(judge(digital, profile("75", "62.01Z", 20_000_000L, young)).failed().get(0).rule())
                .isEqualTo("revenueEur");
        assertThat(judge(digital, profile("75", "62.01Z", 2_000_000L, TODAY.minusYears(5))).failed().get(0).rule())
                .isEqualTo("companyAgeMonths");
        assertThat(judge(digital, profile("75", null, null, null)).unknownFacts())
                .containsExactly("revenueEur", "createdOn", "naf");
    }

    @Test
    void allAidsAreJudgedWithoutWordsAndThePageShownIsWorded() {
        FundingAid future = aid("future", EligibilityRules.none());
        future.opensOn = TODAY.plusMonths(1);
        FundingAid open = aid("open", EligibilityRules.none());
        CompanyProfile profile = profile("75", null, null, null);
        List<AidEligibility> judged = engine.judge(List.of(future, open), profile, TODAY, Language.FR);
        assertThat(judged).extracting(AidEligibility::aidId).containsExactly("open", "future");
        assertThat(judged.get(1).failed().get(0).detail()).isNull();
        List<AidEligibility> worded = engine.word(judged.subList(1, 2), Map.of("future", future, "open", open),
                profile, TODAY, Language.FR);
        assertThat(worded.get(0).failed().get(0).detail()).isEqualTo("Ouvre le " + TODAY.plusMonths(1));
    }
}
