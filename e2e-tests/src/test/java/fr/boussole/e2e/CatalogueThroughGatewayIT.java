package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/** The public catalogue as partner sites and frontends read it: through the gateway. */
class CatalogueThroughGatewayIT {

    @Test
    void searchWithFacetsThroughTheGateway() {
        Suite.gateway().queryParam("q", "robot conversationnel").header("Accept-Language", "fr")
                .when().get("/api/v1/catalogue/use-cases")
                .then().statusCode(200)
                .body("items[0].slug", equalTo("chatbot"))
                .body("facets.functions.value", hasItem("relation-client"));
    }

    @Test
    void conditionalRequestsWorkThroughTheGateway() {
        Response first = Suite.gateway().when().get("/api/v1/catalogue/use-cases/tri-candidatures");
        first.then().statusCode(200).body("criticalDomain", equalTo("HR"));
        Suite.gateway().header("If-None-Match", first.header("ETag"))
                .when().get("/api/v1/catalogue/use-cases/tri-candidatures")
                .then().statusCode(304);
    }

    @Test
    void theDumpStreamsThroughTheGateway() {
        Response dump = Suite.gateway().when().get("/api/v1/catalogue/dump");
        dump.then().statusCode(200).header("Transfer-Encoding", "chunked");
        assertThat(dump.jsonPath().getList("useCases")).hasSize(36);
        assertThat(dump.jsonPath().getList("sectors")).hasSize(9);
    }
}
