package fr.boussole.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
        String elevated = claims(genuine).replace("\"advisor\"", "\"admin\"");
        refused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(elevated.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String token = KeycloakAdmin.shortLivedToken("advisor.lyon", 8);
        Suite.gateway().auth().oauth2(token).when().get(PROTECTED).then().statusCode(200);
        long expiresAt = Long.parseLong(claims(token).replaceAll(".*\"exp\":(\\d+).*", "$1"));
        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 1_500);
        refused(token);
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
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
