package fr.boussole.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The whole chain, through the gateway with real Keycloak tokens: a demo user reaches a role-protected endpoint of
 * each service; without a token the answer is 401, with the wrong role 403, both as problems.
 */
class RoleProtectedEndpointsIT {

    private static final String SECTOR = "/api/v1/catalogue/sectors/agriculture";
    private static final String KIND = "/api/v1/directory/partner-kinds/trade-show";
    private static final String VERSIONS = "/api/v1/assessments/questionnaires";

    /** Writes the item's current wording back: allowed, and changes nothing. */
    private static void rewriteUnchanged(String path, String token, int expectedStatus) {
        ExtractableResponse<Response> current = Suite.gateway().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = current.path("firstTest") == null
                ? Map.of("translations", current.path("translations"))
                : Map.of("translations", current.path("translations"), "firstTest", current.path("firstTest"));
        var request = Suite.gateway().contentType("application/json").header("If-Match", current.header("ETag"))
                .body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        request.when().put(path).then().statusCode(expectedStatus);
    }

    @Test
    void aCuratorRewordsACatalogueSectorThroughTheGateway() {
        rewriteUnchanged(SECTOR, KeycloakTokens.of("curator.alice"), 200);
    }

    @Test
    void anAdminRewordsADirectoryPartnerKindThroughTheGateway() {
        rewriteUnchanged(KIND, KeycloakTokens.of("admin.ops"), 200);
    }

    @Test
    void anAdvisorListsTheQuestionnaireVersionsThroughTheGateway() {
        Suite.gateway().auth().oauth2(KeycloakTokens.of("advisor.paris"))
                .when().get(VERSIONS)
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void withoutATokenEachServiceAnswers401Problem() {
        rewriteUnchanged(SECTOR, null, 401);
        rewriteUnchanged(KIND, null, 401);
        Suite.gateway().when().get(VERSIONS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://boussole-ia.fr/problems/unauthorized"));
    }

    @Test
    void withTheWrongRoleEachServiceAnswers403Problem() {
        String sme = KeycloakTokens.of("sme.paris");
        rewriteUnchanged(SECTOR, sme, 403);
        rewriteUnchanged(KIND, KeycloakTokens.of("advisor.lyon"), 403);
        Suite.gateway().auth().oauth2(sme)
                .when().get(VERSIONS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://boussole-ia.fr/problems/forbidden"));
    }

    @Test
    void aCrmServiceAccountIsNotAStaffMember() {
        Suite.gateway().auth().oauth2(KeycloakTokens.clientCredentials("crm-cci-paris-idf", "crm-paris-demo-secret"))
                .when().get(VERSIONS)
                .then().statusCode(403);
    }
}
