package fr.boussole.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.testing.KeycloakTokens;

/** The committed realm, as the running Keycloak serves it: clients, roles, claims and the API audience. */
class RealmIT {

    private static final String REALM = KeycloakTokens.keycloakUrl() + "/realms/boussole";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) throws Exception {
        return new ObjectMapper().readValue(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
    }

    @Test
    void usersCarryTheirRoleTheirOrganisationAndTheApiAudience() throws Exception {
        Map<String, Object> sme = claims(KeycloakTokens.of("sme.lyon"));
        assertThat(realmRoles(sme)).contains("sme");
        assertThat(sme.get("siren")).isEqualTo("904455664");
        assertThat(sme.get("aud").toString()).contains("boussole-api");

        Map<String, Object> advisor = claims(KeycloakTokens.of("advisor.paris"));
        assertThat(realmRoles(advisor)).contains("advisor");
        assertThat(advisor.get("cci")).isEqualTo("cci-paris-idf");

        assertThat(realmRoles(claims(KeycloakTokens.of("curator.bruno")))).contains("curator");
        assertThat(realmRoles(claims(KeycloakTokens.of("admin.ops")))).contains("admin");
    }

    @Test
    void eachCciCrmHasAServiceAccountOfItsOwnCci() throws Exception {
        Map<String, Object> lyon = claims(KeycloakTokens.clientCredentials("crm-cci-lyon-metropole",
                "crm-lyon-demo-secret"));
        assertThat(realmRoles(lyon)).contains("crm");
        assertThat(lyon.get("cci")).isEqualTo("cci-lyon-metropole");
        assertThat(lyon.get("aud").toString()).contains("boussole-api");
        Map<String, Object> paris = claims(KeycloakTokens.clientCredentials("crm-cci-paris-idf",
                "crm-paris-demo-secret"));
        assertThat(paris.get("cci")).isEqualTo("cci-paris-idf");
    }

    @Test
    void theWebClientRequiresPkceAndCannotUseThePasswordGrant() {
        given().redirects().follow(false)
                .queryParam("client_id", "boussole-web")
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", "http://localhost:8080/callback")
                .when().get(REALM + "/protocol/openid-connect/auth")
                .then().statusCode(302)
                .header("Location", containsString("error=invalid_request"))
                .header("Location", containsString("code_challenge_method"));
        given().formParams(Map.of("grant_type", "password", "client_id", "boussole-web", "username", "sme.paris",
                        "password", KeycloakTokens.DEMO_PASSWORD))
                .when().post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(400)
                .body("error", org.hamcrest.Matchers.equalTo("unauthorized_client"));
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        given().formParams(Map.of("grant_type", "password", "client_id", KeycloakTokens.CLI_CLIENT, "username",
                        "admin.ops", "password", "not-the-password"))
                .when().post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(401);
    }
}
