package fr.boussole.commons.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The paging envelope and its RFC 8288 Link header. */
@QuarkusTest
class PagingTest {

    private static List<String> links(Object... query) {
        var request = given();
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.when().get("/probe/numbers").headers().getValues("Link");
    }

    @Test
    void aMiddlePageHasItsItemsAndLinksEverywhere() {
        given().queryParam("page", 1).queryParam("size", 20)
                .when().get("/probe/numbers")
                .then().statusCode(200)
                .body("items", hasSize(20))
                .body("items[0]", equalTo(21))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("total", equalTo(45))
                // documented in every Page schema of the contract, so it is sent (it was not: a method, not a field)
                .body("totalPages", equalTo(3));
        assertThat(links("page", 1, "size", 20)).containsExactlyInAnyOrder(
                "</probe/numbers?page=0&size=20>; rel=\"first\"",
                "</probe/numbers?page=0&size=20>; rel=\"prev\"",
                "</probe/numbers?page=2&size=20>; rel=\"next\"",
                "</probe/numbers?page=2&size=20>; rel=\"last\"");
    }

    @Test
    void theLastPageIsShortAndHasNoNext() {
        given().queryParam("page", 2).queryParam("size", 20)
                .when().get("/probe/numbers")
                .then().statusCode(200)
                .body("items", contains(41, 42, 43, 44, 45));
        assertThat(links("page", 2, "size", 20)).noneMatch(link -> link.contains("rel=\"next\""));
    }

    @Test
    void theFirstPageHasNoPrev() {
        assertThat(links("size", 20)).noneMatch(link -> link.contains("rel=\"prev\""));
    }

    @Test
    void otherQueryParametersAreKeptInLinks() {
        assertThat(links("max", 30, "size", 10)).hasSize(3).allMatch(link -> link.contains("max=30"));
    }

    @Test
    void pastTheEndIsAnEmptyPageWithTheTotal() {
        given().queryParam("page", 9)
                .when().get("/probe/numbers")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(45));
    }

    @Test
    void pageCountsRoundUp() {
        assertThat(new Page<>(List.of(), 0, 20, 0).totalPages()).isZero();
        assertThat(new Page<>(List.of(), 0, 20, 20).totalPages()).isEqualTo(1);
        assertThat(new Page<>(List.of(), 0, 20, 21).totalPages()).isEqualTo(2);
    }
}
