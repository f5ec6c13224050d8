package fr.boussole.commons.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from the suite's Keycloak (realm {@code boussole}, started by {@code bin/suite}) for the demo
 * users and clients of {@code keycloak/realm-boussole.json}. Tokens are reused until shortly before they expire.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "boussole-demo";
    public static final String CLI_CLIENT = "boussole-cli";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant renewAfter) {
    }

    private KeycloakTokens() {
    }

    public static String keycloakUrl() {
        String configured = System.getProperty("boussole.keycloak.url", System.getenv("BOUSSOLE_KEYCLOAK_URL"));
        return configured == null ? "http://localhost:8180" : configured;
    }

    /** A demo user's token through the CLI client (password grant), carrying the API audience. */
    public static String of(String username) {
        return passwordGrant("boussole", CLI_CLIENT, username, DEMO_PASSWORD);
    }

    public static String passwordGrant(String realm, String clientId, String username, String password) {
        return cached(realm + "|" + clientId + "|" + username, () -> form(realm, Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password)));
    }

    /** A CRM service account's token (client credentials). */
    public static String clientCredentials(String clientId, String secret) {
        return cached("boussole|" + clientId, () -> form("boussole", Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /** A token of the same user through Keycloak's built-in admin-cli client, which does not add the API audience. */
    public static String withoutApiAudience(String username) {
        return passwordGrant("boussole", "admin-cli", username, DEMO_PASSWORD);
    }

    /** A token issued by another realm (another issuer and signing key): the bootstrap admin of realm master. */
    public static String fromOtherIssuer() {
        String user = System.getProperty("boussole.keycloak.admin", "admin");
        String password = System.getProperty("boussole.keycloak.admin-password", "admin");
        return passwordGrant("master", "admin-cli", user, password);
    }

    private interface TokenRequest {
        JsonNode send() throws IOException, InterruptedException;
    }

    private static String cached(String key, TokenRequest request) {
        CachedToken token = CACHE.get(key);
        if (token != null && Instant.now().isBefore(token.renewAfter())) {
            return token.value();
        }
        try {
            JsonNode answer = request.send();
            long lifetime = answer.path("expires_in").asLong(60);
            CachedToken fresh = new CachedToken(answer.path("access_token").asText(),
                    Instant.now().plusSeconds(Math.max(0, lifetime - 30)));
            CACHE.put(key, fresh);
            return fresh.value();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + keycloakUrl()
                    + "; start it with: bin/suite up keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode form(String realm, Map<String, String> fields) throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + fields.get("username") + "/"
                    + fields.get("client_id") + " in realm " + realm + ": " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
