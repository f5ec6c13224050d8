package fr.boussole.assessment.service.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.assessment.rest.dto.RecommendationsView.AdoptionBenchmark;
import fr.boussole.commons.i18n.Language;

/** The published adoption figures that speak of a company, by headcount band and activity, sourced and dated. */
class AdoptionBenchmarksTest {

    private final AdoptionBenchmarks benchmarks = new AdoptionBenchmarks(new ObjectMapper()
            .findAndRegisterModules());

    @Test
    void theWorkshopOfTwentyFiveIsSetBesideCompaniesOfItsBandInFranceThenInTheEu() {
        assertThat(benchmarks.forCompany(25L, "25.62A", "industrie", Language.FR))
                .extracting(AdoptionBenchmark::code)
                .containsExactly("insee-10-plus", "insee-10-49", "francenum-all", "eurostat-10-plus", "eurostat-10-49");
        AdoptionBenchmark small = benchmarks.forCompany(25L, "25.62A", "industrie", Language.EN).get(1);
        assertThat(small.population()).isEqualTo("French companies of 10 to 49 people");
        assertThat(small.percentText()).isEqualTo("9");
        assertThat(small.source()).contains("INSEE");
        assertThat(small.checkedOn()).isNotNull();
        assertThat(small.confidence()).isEqualTo("MEDIUM");
    }

    @Test
    void aFarmOfThreeGetsItsSizeAndItsSectorAndAnUnknownHeadcountGetsNothing() {
        assertThat(benchmarks.forCompany(3L, null, "agriculture", Language.FR)).extracting(AdoptionBenchmark::code)
                .containsExactly("francenum-all", "francenum-1-4", "francenum-agriculture");
        assertThat(benchmarks.forCompany(120L, "62.01Z", "tertiaire-superieur", Language.FR))
                .extracting(AdoptionBenchmark::code).contains("francenum-ict", "eurostat-50-249")
                .filteredOn(code -> code.equals("francenum-ict")).hasSize(1);
        assertThat(benchmarks.forCompany(120L, null, null, Language.FR)).extracting(AdoptionBenchmark::percentText)
                .contains("30.4");
        assertThat(benchmarks.forCompany(null, "25.62A", "industrie", Language.FR)).isEmpty();
    }
}
