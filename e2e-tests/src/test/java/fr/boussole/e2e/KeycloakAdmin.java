package fr.boussole.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * Keycloak's admin API, with the bootstrap admin {@code bin/suite} starts Keycloak with: lets a test create the
 * odd client it needs (tokens that expire in seconds, carry no roles, or are not valid yet) without adding it
 * to the committed realm.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** A token from a throw-away public client of realm boussole whose access tokens live {@code seconds}. */
    static String shortLivedToken(String username, int seconds) {
        return tokenFromThrowAwayClient(username,
                Map.of("attributes", Map.of("access.token.lifespan", Integer.toString(seconds))), List.of());
    }

    /** A token whose {@code nbf} (not before) claim is this epoch second, signed by Keycloak. */
    static String tokenValidFrom(String username, long notBefore) {
        return tokenFromThrowAwayClient(username, Map.of(), List.of(Map.of(
                "name", "not-before", "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
                "config", Map.of("claim.name", "nbf", "claim.value", Long.toString(notBefore),
                        "jsonType.label", "long", "access.token.claim", "true"))));
    }

    /**
     * A genuine token of the user with their {@code cci} and {@code siren} claims but none of their roles: the
     * client's scope holds no role.
     */
    static String tokenWithoutRoles(String username) {
        return tokenFromThrowAwayClient(username, Map.of("fullScopeAllowed", false),
                List.of(userAttribute("cci"), userAttribute("siren")));
    }

    private static Map<String, Object> userAttribute(String name) {
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", Map.of("user.attribute", name, "claim.name", name, "jsonType.label", "String",
                        "access.token.claim", "true"));
    }

    /**
     * A token from a throw-away public client of realm boussole (password grant, the API audience), with these
     * client settings and protocol mappers besides; the client is removed once the token is issued.
     */
    static String tokenFromThrowAwayClient(String username, Map<String, Object> settings,
            List<Map<String, Object>> mappers) {
        String admin = KeycloakTokens.fromOtherIssuer();
        String clientId = "e2e-throw-away-" + UUID.randomUUID();
        String clients = KeycloakTokens.keycloakUrl() + "/admin/realms/boussole/clients";
        Map<String, Object> client = new HashMap<>(settings);
        client.put("clientId", clientId);
        client.put("publicClient", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        List<Map<String, Object>> allMappers = new ArrayList<>(mappers);
        allMappers.add(Map.of("name", "audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "boussole-api", "access.token.claim", "true")));
        client.put("protocolMappers", allMappers);
        String location = given().auth().oauth2(admin).contentType("application/json").body(client)
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
