package fr.boussole.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The funding aids and the eligibility check as frontends call them: through the gateway. */
class DirectoryThroughGatewayIT {

    @Test
    void eligibilityThroughTheGateway() {
        Suite.gateway().contentType("application/json")
                .body(Map.of("employees", 40, "departement", "92", "innovativeProject", true,
                        "everReceivedInnovationAid", false))
                .when().post("/api/v1/directory/eligibility")
                .then().statusCode(200)
                .body("aids.find { it.aidId == 'innov-up' }.status", equalTo("ELIGIBLE"))
                .body("aids[0].status", equalTo("ELIGIBLE"));
        Suite.gateway().contentType("application/json").body(Map.of("departement", "20"))
                .when().post("/api/v1/directory/eligibility")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
