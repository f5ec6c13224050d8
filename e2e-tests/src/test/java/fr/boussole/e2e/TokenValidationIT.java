package fr.boussole.e2e;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * Tokens are checked for issuer, audience, signature and expiry: a token that is real but not for this API, from
 * another issuer, altered, or expired is refused with 401, even on a public read.
 */
class TokenValidationIT {

    private static final String PROTECTED = "/api/v1/assessments/questionnaires";
    private static final String[] PUBLIC_READS = { "/api/v1/catalogue/sectors", "/api/v1/directory/partner-kinds",
            "/api/v1/assessments/questionnaires/current" };

    private static void refused(String token) {
        Suite.gateway().auth().oauth2(token)
                .when().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"boussole\", error=\"invalid_token\"");
        for (String path : PUBLIC_READS) {
            Suite.gateway().auth().oauth2(token).when().get(path).then().statusCode(401);
        }
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(KeycloakTokens.fromOtherIssuer());
    }

    @Test
    void aTokenWithoutTheApiAudienceIsRefused() {
        refused(KeycloakTokens.withoutApiAudience("advisor.paris"));
    }

    @Test
    void anAlteredTokenIsRefused() {
        String genuine = KeycloakTokens.of("advisor.paris");
        String[] parts = genuine.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"advisor\"", "\"admin\"");
        refused(parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = KeycloakAdmin.shortLivedToken("advisor.lyon", 2);
        Suite.gateway().auth().oauth2(token).when().get(PROTECTED).then().statusCode(200);
        Thread.sleep(3_500);
        refused(token);
    }

    @Test
    void aValidTokenOnAPublicReadIsFine() {
        for (String path : PUBLIC_READS) {
            Suite.gateway().auth().oauth2(KeycloakTokens.of("sme.lyon"))
                    .when().get(path).then().statusCode(200);
        }
        Suite.gateway().when().get(PUBLIC_READS[0]).then().statusCode(200).body("total", equalTo(9));
    }
}
