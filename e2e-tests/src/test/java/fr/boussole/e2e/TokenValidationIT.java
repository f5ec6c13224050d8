package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * Tokens are checked for issuer, audience, signature, algorithm, expiry and start of validity: a token that is real
 * but not for this API, from another issuer, unsigned, altered, signed by another key or with the public key as an
 * HMAC secret, expired or not valid yet is refused with 401, even on a public read. A genuine token without roles
 * reaches no role's operation, whatever claims it carries.
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
        // each service refuses it too, should a request go round the gateway
        Map<String, String> services = Map.of("catalogue-service", PUBLIC_READS[0], "directory-service",
                PUBLIC_READS[1], "assessment-service", PROTECTED);
        services.forEach((service, path) -> Suite.gateway().baseUri(Suite.SERVICES.get(service)).auth().oauth2(token)
                .when().get(path).then().statusCode(401));
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

    @Test
    void anUnsignedTokenIsRefused() {
        String[] genuine = KeycloakTokens.of("admin.ops").split("\\.");
        refused(base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + genuine[1] + ".");
        refused(base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + genuine[1] + "." + genuine[2]);
    }

    @Test
    void aTokenSignedByAnotherKeyUnderKeycloaksKeyIdIsRefused() throws Exception {
        String[] genuine = KeycloakTokens.of("admin.ops").split("\\.");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(generator.generateKeyPair().getPrivate());
        rsa.update((genuine[0] + "." + genuine[1]).getBytes(StandardCharsets.US_ASCII));
        refused(genuine[0] + "." + genuine[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign()));
    }

    /** The classic confusion: the verifier's public RSA key, known to all, used as the secret of an HS256 MAC. */
    @Test
    void aTokenMacedWithThePublicKeyIsRefused() throws Exception {
        String[] genuine = KeycloakTokens.of("admin.ops").split("\\.");
        String kid = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(genuine[0])).path("kid")
                .asText();
        Map<String, String> jwk = Suite.gateway().baseUri(KeycloakTokens.keycloakUrl()).when()
                .get("/realms/boussole/protocol/openid-connect/certs").then().statusCode(200).extract()
                .path("keys.find { it.kid == '" + kid + "' }");
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e")))));
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        String header = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}");
        for (byte[] secret : new byte[][] { pem.getBytes(StandardCharsets.US_ASCII), publicKey.getEncoded() }) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] tag = mac.doFinal((header + "." + genuine[1]).getBytes(StandardCharsets.US_ASCII));
            refused(header + "." + genuine[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag));
        }
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        long inAnHour = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        String future = KeycloakAdmin.tokenValidFrom("advisor.lyon", inAnHour);
        assertThat(claims(future)).contains("\"nbf\":" + inAnHour);
        refused(future);
        // the same kind of token, valid since a minute ago, is accepted: the refusal is the start of validity
        String current = KeycloakAdmin.tokenValidFrom("advisor.lyon", Instant.now().minusSeconds(60).getEpochSecond());
        Suite.gateway().auth().oauth2(current).when().get(PROTECTED).then().statusCode(200);
    }

    @Test
    void aGenuineTokenWithoutRolesReachesNoRolesOperation() {
        String advisor = KeycloakAdmin.tokenWithoutRoles("advisor.paris");
        String company = KeycloakAdmin.tokenWithoutRoles("sme.paris");
        assertThat(claims(advisor)).contains("\"cci\":\"cci-paris-idf\"").doesNotContain("\"advisor\"");
        assertThat(claims(company)).contains("\"siren\":\"901122333\"").doesNotContain("\"sme\"");
        // an assessment of sme.paris shared with CCI Paris: its claims would name both callers
        String assessment = Suite.gateway().auth().oauth2(KeycloakTokens.of("sme.paris"))
                .contentType("application/json").body("{}").when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        Suite.gateway().auth().oauth2(KeycloakTokens.of("sme.paris")).contentType("application/json")
                .body(Map.of("cci", "cci-paris-idf")).when().put("/api/v1/assessments/" + assessment + "/sharing")
                .then().statusCode(200);

        for (String token : new String[] { advisor, company }) {
            Suite.gateway().auth().oauth2(token).when().get(PUBLIC_READS[0]).then().statusCode(200);
            for (String path : new String[] { PROTECTED, "/api/v1/assessments", "/api/v1/webhooks",
                    "/api/v1/assessments/export", "/api/v1/privacy/companies/901122333",
                    "/api/v1/catalogue/curation/use-cases" }) {
                Suite.gateway().auth().oauth2(token).when().get(path).then().statusCode(403)
                        .contentType("application/problem+json");
            }
            Suite.gateway().auth().oauth2(token).when().get("/api/v1/assessments/" + assessment).then()
                    .statusCode(404);
            Suite.gateway().auth().oauth2(token).when().get("/api/v1/assessments/" + assessment + "/notes").then()
                    .statusCode(403);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
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
