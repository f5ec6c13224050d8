package fr.boussole.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.boussole.commons.testing.Fixtures;
import fr.boussole.commons.testing.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/**
 * The objects the authorization matrix calls on, all of company A (sme.paris, SIREN 901122333) or of CCI Paris
 * Île-de-France: an assessment A shared with that CCI, a webhook of the CCI with one delivery, an embed key, and
 * published catalogue and directory items. Made through the gateway at first use; an object a call removed is made
 * again before the next call. What the run made is removed at the end.
 */
final class MatrixObjects {

    static final String SIREN_A = "901122333";
    static final String PERSON_A = "sme.paris";
    private static final String WEBHOOK_TARGET = "http://127.0.0.1:9/authorization-matrix";

    private final Map<String, String> made = new HashMap<>();
    private final List<String> webhooks = new ArrayList<>();
    private final List<String> embedKeys = new ArrayList<>();

    /** The path with its variables replaced by the objects they name. */
    String resolve(String template) {
        String path = template;
        if (path.contains("{id}")) {
            path = path.replace("{id}", idFor(template));
        }
        return path.replace("{deliveryId}", get("delivery"))
                .replace("{key}", get("embedKey"))
                .replace("{siren}", SIREN_A)
                .replace("{username}", PERSON_A)
                .replace("{version}", get("questionnaireVersion"))
                .replace("{code}", codeFor(template))
                .replace("{question}", "sector")
                .replace("{slug}", template.startsWith("/api/v1/directory") ? get("partner") : get("useCase"));
    }

    /**
     * What a write sends: an empty object, so that a caller let through gets the validation answer and shared data
     * stays as it is; except on the run's own objects, where a valid body shows the object check itself (a body
     * refused first would hide it).
     */
    Object body(String operation) {
        return switch (operation) {
            case "POST /api/v1/assessments/{id}/notes" -> Map.of("body", "Vérification de la matrice des droits.");
            case "PUT /api/v1/assessments/{id}/follow-up" -> Map.of("status", "IN_PROGRESS");
            case "PUT /api/v1/assessments/{id}/level-override" -> Map.of("level", "DISCOVERING", "justification",
                    "Vérification de la matrice des droits.");
            case "PUT /api/v1/assessments/{id}/sharing" -> Map.of("cci", "cci-paris-idf");
            case "PUT /api/v1/webhooks/{id}" -> Map.of("url", WEBHOOK_TARGET, "events", List.of("assessment.shared"));
            default -> Map.of();
        };
    }

    /** Query parameters an operation requires. */
    Map<String, String> query(String template) {
        return template.endsWith("/comparison") ? Map.of("with", get("assessment")) : Map.of();
    }

    /** The object this path names is gone (a successful DELETE): the next call gets a new one. */
    void consumed(String template) {
        if (template.startsWith("/api/v1/assessments/{id}")) {
            made.remove("assessment");
        } else if (template.startsWith("/api/v1/webhooks/{id}")) {
            made.remove("webhook");
            made.remove("delivery");
        } else if (template.contains("/embed-keys/{key}")) {
            made.remove("embedKey");
        }
    }

    void removeWhatWasMade() {
        webhooks.forEach(id -> as("advisor.paris").when().delete("/api/v1/webhooks/" + id));
        embedKeys.forEach(key -> as("curator.alice").when().delete("/api/v1/catalogue/curation/embed-keys/" + key));
    }

    private String idFor(String template) {
        if (template.startsWith("/api/v1/webhooks")) {
            return get("webhook");
        }
        return template.startsWith("/api/v1/directory/aids") ? get("aid") : get("assessment");
    }

    private String codeFor(String template) {
        if (template.contains("/business-functions/")) {
            return get("businessFunction");
        }
        return template.contains("/partner-kinds/") ? get("partnerKind") : get("sector");
    }

    private String get(String name) {
        String object = made.get(name);
        if (object == null) {
            object = make(name); // may make others first: not within computeIfAbsent
            made.put(name, object);
        }
        return object;
    }

    private String make(String name) {
        return switch (name) {
            case "assessment" -> assessmentOfASharedWithParis();
            case "webhook" -> webhookOfParis();
            case "delivery" -> deliveryOf(get("webhook"));
            case "embedKey" -> embedKey();
            case "questionnaireVersion" -> String.valueOf(Suite.gateway().when()
                    .get("/api/v1/assessments/questionnaires/current").then().statusCode(200).extract()
                    .<Object> path("version"));
            case "aid" -> first("/api/v1/directory/aids", "id");
            case "partner" -> first("/api/v1/directory/partners", "slug");
            case "useCase" -> first("/api/v1/catalogue/use-cases", "slug");
            case "sector" -> first("/api/v1/catalogue/sectors", "code");
            case "businessFunction" -> first("/api/v1/catalogue/business-functions", "code");
            case "partnerKind" -> first("/api/v1/directory/partner-kinds", "code");
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String first(String list, String field) {
        return String.valueOf(Suite.gateway().when().get(list).then().statusCode(200).extract()
                .<Object> path("items[0]." + field));
    }

    private static String assessmentOfASharedWithParis() {
        String id = as("sme.paris").body("{}").when().post("/api/v1/assessments").then().statusCode(201).extract()
                .path("id");
        as("sme.paris").body(Map.of("cci", "cci-paris-idf")).when().put("/api/v1/assessments/" + id + "/sharing")
                .then().statusCode(200);
        as("sme.paris").body(Fixtures.shopNearLyon()).when().patch("/api/v1/assessments/" + id + "/answers").then()
                .statusCode(200);
        return id;
    }

    /** A webhook of CCI Paris to a closed port, with one delivery: an assessment shared with Paris after it. */
    private String webhookOfParis() {
        String id = as("advisor.paris").body(Map.of("url", WEBHOOK_TARGET, "events",
                List.of("assessment.shared"), "description", "authorization matrix " + UUID.randomUUID())).when()
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        webhooks.add(id);
        return id;
    }

    private String deliveryOf(String webhook) {
        made.remove("assessment");
        get("assessment");
        return await().atMost(Duration.ofSeconds(20)).until(() -> as("advisor.paris").when()
                .get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200).extract()
                .<String> path("items[0].id"), Objects::nonNull);
    }

    private String embedKey() {
        String key = as("curator.alice").body(Map.of("partnerName", "Authorization matrix", "allowedOrigins",
                List.of("https://matrix.example"))).when().post("/api/v1/catalogue/curation/embed-keys").then()
                .statusCode(201).extract().path("key");
        embedKeys.add(key);
        return key;
    }

    private static RequestSpecification as(String user) {
        return Suite.gateway().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }
}
