package fr.boussole.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * Keycloak's admin API, with the bootstrap admin {@code bin/suite} starts Keycloak with: lets a test create the
 * odd client it needs (e.g. one whose tokens expire in seconds) without adding it to the committed realm.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** A token from a throw-away public client of realm boussole whose access tokens live {@code seconds}. */
    static String shortLivedToken(String username, int seconds) {
        String admin = KeycloakTokens.fromOtherIssuer();
        String clientId = "e2e-short-lived-" + UUID.randomUUID();
        String clients = KeycloakTokens.keycloakUrl() + "/admin/realms/boussole/clients";
        String location = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of(
                        "clientId", clientId,
                        "publicClient", true,
                        "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false,
                        "attributes", Map.of("access.token.lifespan", Integer.toString(seconds)),
                        "protocolMappers", List.of(Map.of(
                                "name", "audience", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.custom.audience", "boussole-api",
                                        "access.token.claim", "true")))))
                .when().post(clients)
                .then().statusCode(201)
                .extract().header("Location");
        try {
            return given().formParams(Map.of("grant_type", "password", "client_id", clientId, "username", username,
                            "password", KeycloakTokens.DEMO_PASSWORD))
                    .when().post(KeycloakTokens.keycloakUrl() + "/realms/boussole/protocol/openid-connect/token")
                    .then().statusCode(200)
                    .extract().path("access_token");
        } finally {
            given().auth().oauth2(admin).when().delete(location).then().statusCode(204);
        }
    }
}
