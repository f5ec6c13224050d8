package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.testing.Fixtures;
import io.restassured.path.json.JsonPath;

/**
 * Recommendation relevance on a judgment set ({@code relevance/profiles.json}): companies as an advisor meets them
 * (NAF code, sector, functions, data, how they want to equip), with the use cases and the partner kind the advisor
 * would bring up. Each profile answers a real assessment through the gateway, with the real catalogue behind;
 * precision@5 is, per profile, the share of its first five recommended use cases the advisor would recommend,
 * averaged. docs/relevance.md gives the figures. The assessment service keeps the catalogue's answers a minute: no
 * profile asks for the sector and functions {@link AssessmentThroughGatewayIT}'s degraded case asks for (commerce,
 * logistics and finance), or that case would get this one's use cases from the cache.
 */
class RecommendationRelevanceIT {

    static final double PRECISION_AT_5_BAR = 0.8;
    private static final String PATH = "/api/v1/assessments";

    record Profile(String name, Map<String, Object> answers, List<String> useCases, String partnerKind) {
    }

    static List<Profile> profiles() throws IOException {
        try (InputStream file = RecommendationRelevanceIT.class.getResourceAsStream("/relevance/profiles.json")) {
            return new ObjectMapper().readValue(file, new TypeReference<List<Profile>>() {
            });
        }
    }

    @Test
    void theUseCasesAndPartnersAnAdvisorWouldRecommendComeFirstAndEachSaysWhy() throws IOException {
        List<Profile> profiles = profiles();
        assertThat(profiles).hasSizeGreaterThanOrEqualTo(15);
        double precisionSum = 0;
        int partnerKindsRight = 0;
        List<String> report = new ArrayList<>();
        for (Profile profile : profiles) {
            JsonPath started = Suite.gateway().contentType("application/json").body("{}").when().post(PATH).then()
                    .statusCode(201).extract().jsonPath();
            String one = PATH + "/" + started.getString("id");
            String token = started.getString("resumeToken");
            Map<String, Object> answers = new LinkedHashMap<>(Fixtures.shopNearLyon());
            answers.putAll(profile.answers());
            Suite.gateway().header("X-Resume-Token", token).contentType("application/json").body(answers)
                    .when().patch(one + "/answers").then().statusCode(200);
            JsonPath advice = Suite.gateway().header("X-Resume-Token", token).when().get(one + "/recommendations")
                    .then().statusCode(200).extract().jsonPath();
            List<String> firstFive = advice.getList("useCases.slug", String.class).stream().limit(5).toList();
            assertThat(firstFive).as(profile.name()).isNotEmpty();
            assertThat(advice.getList("useCases.reasons", List.class)).as(profile.name())
                    .allSatisfy(reasons -> assertThat(reasons).isNotEmpty());
            long relevant = firstFive.stream().filter(profile.useCases()::contains).count();
            double precision = (double) relevant / firstFive.size();
            precisionSum += precision;
            String partnerKind = advice.getString("partnerTypes[0].kind");
            if (profile.partnerKind().equals(partnerKind)) {
                partnerKindsRight++;
            }
            report.add(String.format(Locale.ROOT, "%-45s precision@5=%.2f partner=%s first=%s", profile.name(),
                    precision, partnerKind, firstFive));
        }
        double precisionAt5 = precisionSum / profiles.size();
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "profiles=%d precision@5=%.3f partner kinds right=%d%n", profiles.size(),
                precisionAt5, partnerKindsRight);
        assertThat(precisionAt5).as("precision@5 over %d profiles", profiles.size())
                .isGreaterThanOrEqualTo(PRECISION_AT_5_BAR);
        assertThat(partnerKindsRight).as("profiles whose first partner kind is the advisor's")
                .isEqualTo(profiles.size());
    }
}
