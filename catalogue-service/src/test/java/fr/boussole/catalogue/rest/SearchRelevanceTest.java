package fr.boussole.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Search relevance measured on a judgment set ({@code relevance/searches.json}): words real SMEs type, in French and
 * English, with and without accents, singular and plural, trade words and typos, each with the use cases an advisor
 * expects first. recall@5 is, per search, the share of the expected use cases found in the first five, averaged;
 * the bars are those of issue #20 and docs/relevance.md gives the figures.
 */
@QuarkusTest
class SearchRelevanceTest {

    static final double RECALL_AT_5_BAR = 0.9;

    record Judgment(String q, String language, List<String> relevant) {
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static List<Judgment> judgments() throws IOException {
        try (InputStream file = SearchRelevanceTest.class.getResourceAsStream("/relevance/searches.json")) {
            return new ObjectMapper().readValue(file, new TypeReference<List<Judgment>>() {
            });
        }
    }

    @Test
    void theSearchesSmesTypeFindTheExpectedUseCasesInTheFirstFiveAndNeverNothing() throws IOException {
        List<Judgment> judgments = judgments();
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(40);
        double recallSum = 0;
        int zeroResults = 0;
        List<String> report = new ArrayList<>();
        for (Judgment judgment : judgments) {
            JsonPath page = given().header("Accept-Language", judgment.language()).queryParam("q", judgment.q())
                    .queryParam("size", 5).when().get("/api/v1/catalogue/use-cases").then().statusCode(200)
                    .extract().jsonPath();
            List<String> firstFive = page.getList("items.slug", String.class);
            long found = judgment.relevant().stream().filter(firstFive::contains).count();
            double recall = (double) found / Math.min(judgment.relevant().size(), 5);
            recallSum += recall;
            if (page.getLong("total") == 0) {
                zeroResults++;
            }
            report.add(String.format(Locale.ROOT, "%-40s %s recall@5=%.2f total=%d allWords=%s didYouMean=%s top=%s",
                    judgment.q(), judgment.language(), recall, page.getLong("total"),
                    page.getBoolean("matchedAllWords"), page.getString("didYouMean"), firstFive));
        }
        double recallAt5 = recallSum / judgments.size();
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "searches=%d recall@5=%.3f zero-result=%d%n", judgments.size(), recallAt5,
                zeroResults);
        assertThat(zeroResults).as("searches with no result (every judged search has a word the catalogue uses)")
                .isZero();
        assertThat(recallAt5).as("recall@5 over %d searches", judgments.size()).isGreaterThanOrEqualTo(RECALL_AT_5_BAR);
    }
}
