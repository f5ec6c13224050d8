package fr.boussole.commons.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every curated content must do through its curation endpoints (commons' {@code CurationWorkflow} and
 * {@code CurationResource}), run by each service's curation test against its own content: the lifecycle under
 * four-eyes with its history, the published copy kept online during edits, If-Match, an edit that changes nothing,
 * concurrent edits, and roles. A subclass is a {@code @QuarkusTest} that says where its content lives and how a
 * draft of it looks, and adds what is particular to its content (its validation, what publication needs).
 */
public abstract class CurationWorkflowTests {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /**
     * Where a content lives and where its name stands in each view.
     *
     * @param curationPath the curation collection, e.g. /api/v1/catalogue/curation/use-cases
     * @param publicPath the public collection the published copy appears in
     * @param curatedName where the name stands in a curator's view, as a JSON path
     * @param historyName the field path the history gives the name
     * @param publicName where the name stands in the public view
     */
    public record CuratedContent(String curationPath, String publicPath, String curatedName, String historyName,
            String publicName) {
    }

    private final CuratedContent content;

    protected CurationWorkflowTests(CuratedContent content) {
        this.content = content;
    }

    /** A draft complete enough to publish once reviewed, named so. */
    protected abstract Map<String, Object> draft(String slug, String name);

    protected static String newSlug() {
        return "essai-" + Long.toHexString(System.nanoTime());
    }

    protected static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }

    protected Response create(String user, Map<String, Object> draft) {
        return as(user).body(draft).when().post(content.curationPath());
    }

    protected String tag(String slug) {
        return as("curator.alice").when().get(content.curationPath() + "/" + slug).then().statusCode(200).extract()
                .header("ETag");
    }

    protected Response step(String user, String slug, String action) {
        return as(user).header("If-Match", tag(slug)).when().post(content.curationPath() + "/" + slug + "/" + action);
    }

    protected Response edit(String user, String slug, Map<String, Object> draft) {
        return as(user).header("If-Match", tag(slug)).body(draft).when().put(content.curationPath() + "/" + slug);
    }

    @Test
    void contentGoesFromDraftToPublishedUnderFourEyesAndEveryStepIsRecorded() {
        String slug = newSlug();
        String item = content.curationPath() + "/" + slug;
        create("curator.alice", draft(slug, "Premier nom")).then().statusCode(201)
                .header("Location", item).header("ETag", "\"0\"").header("Cache-Control", "no-store")
                .body("status", equalTo("DRAFT")).body("createdBy", equalTo("curator.alice"))
                .body(content.curatedName(), equalTo("Premier nom"));
        given().when().get(content.publicPath() + "/" + slug).then().statusCode(404);

        as("curator.alice").body(draft(slug, "Second nom")).when().put(item).then().statusCode(428);
        as("curator.alice").header("If-Match", "\"7\"").body(draft(slug, "Second nom")).when().put(item)
                .then().statusCode(412).contentType("application/problem+json");
        as("curator.alice").header("If-Match", "\"0\"").body(draft(slug, "Second nom")).when().put(item)
                .then().statusCode(200).header("ETag", "\"1\"").body(content.curatedName(), equalTo("Second nom"));

        step("curator.alice", slug, "publish").then().statusCode(409);
        step("curator.alice", slug, "submit").then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        step("curator.alice", slug, "submit").then().statusCode(409);
        step("curator.alice", slug, "publish").then().statusCode(403)
                .contentType("application/problem+json").body("detail", startsWith("Four-eyes"));
        step("curator.bruno", slug, "publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("curator.bruno"));
        given().when().get(content.publicPath() + "/" + slug).then().statusCode(200).body(content.publicName(), equalTo("Second nom"));

        as("curator.bruno").when().get(item + "/history").then().statusCode(200).header("Cache-Control", "no-store")
                .body("items.action", contains("PUBLISHED", "SUBMITTED", "EDITED", "CREATED"))
                .body("items.actor", contains("curator.bruno", "curator.alice", "curator.alice", "curator.alice"))
                .body("items.version", contains(3, 2, 1, 0))
                .body("items[2].changes.'" + content.historyName() + "'.before", equalTo("Premier nom"))
                .body("items[2].changes.'" + content.historyName() + "'.after", equalTo("Second nom"))
                .body("items[0].changes.status.before", equalTo("IN_REVIEW"))
                .body("items[0].changes.status.after", equalTo("PUBLISHED"));

        step("curator.alice", slug, "archive").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().when().get(content.publicPath() + "/" + slug).then().statusCode(404);
        step("curator.alice", slug, "archive").then().statusCode(409);
        as("admin.ops").queryParam("status", "ARCHIVED").queryParam("size", 100).when().get(content.curationPath())
                .then().statusCode(200).body("items.slug", hasItem(slug));
    }

    @Test
    void editingPublishedContentKeepsThePublishedCopyOnlineUntilTheNextPublication() {
        String slug = newSlug();
        create("curator.bruno", draft(slug, "Version publiée")).then().statusCode(201);
        step("curator.bruno", slug, "submit").then().statusCode(200);
        step("admin.ops", slug, "publish").then().statusCode(200);

        edit("curator.alice", slug, draft(slug, "Version en cours")).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().when().get(content.publicPath() + "/" + slug).then().statusCode(200)
                .body(content.publicName(), equalTo("Version publiée"));

        step("curator.alice", slug, "submit").then().statusCode(200);
        step("curator.bruno", slug, "publish").then().statusCode(200);
        given().when().get(content.publicPath() + "/" + slug).then().statusCode(200)
                .body(content.publicName(), equalTo("Version en cours"));
        step("curator.bruno", slug, "archive").then().statusCode(200);
    }

    @Test
    void anEditThatChangesNothingMakesNoVersionAndNoHistory() {
        String slug = newSlug();
        create("curator.alice", draft(slug, "Inchangé")).then().statusCode(201);
        edit("curator.bruno", slug, draft(slug, "Inchangé")).then().statusCode(200).header("ETag", "\"0\"")
                .body("lastEditor", equalTo("curator.alice"));
        as("curator.alice").when().get(content.curationPath() + "/" + slug + "/history").then()
                .body("items.action", contains("CREATED")).body("total", equalTo(1));
    }

    @Test
    void aSlugNeverChangesAndAnUnknownOneIsNotFound() {
        String slug = newSlug();
        create("curator.alice", draft(slug, "Fixe")).then().statusCode(201);
        edit("curator.alice", slug, draft(slug + "-bis", "Fixe")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("slug"));
        create("curator.alice", draft(slug, "Doublon")).then().statusCode(409);
        as("curator.alice").when().get(content.curationPath() + "/" + slug + "-bis").then().statusCode(404)
                .contentType("application/problem+json");
        as("curator.alice").header("If-Match", "\"0\"").when().post(content.curationPath() + "/" + slug + "-bis/submit")
                .then().statusCode(404);
        as("curator.alice").when().get(content.curationPath() + "/" + slug + "-bis/history").then().statusCode(404);
    }

    @Test
    void curationIsForCuratorsAndAdminsOnly() {
        given().when().get(content.curationPath()).then().statusCode(401).contentType("application/problem+json");
        for (String user : List.of("sme.paris", "advisor.lyon")) {
            as(user).when().get(content.curationPath()).then().statusCode(403);
            as(user).body(draft(newSlug(), "Intrus")).when().post(content.curationPath()).then().statusCode(403);
        }
        String slug = newSlug();
        create("admin.ops", draft(slug, "Par un admin")).then().statusCode(201);
        for (String user : List.of("sme.paris", "advisor.lyon")) {
            as(user).when().get(content.curationPath() + "/" + slug).then().statusCode(403);
            as(user).when().get(content.curationPath() + "/" + slug + "/history").then().statusCode(403);
            as(user).header("If-Match", "\"0\"").when().post(content.curationPath() + "/" + slug + "/submit").then()
                    .statusCode(403);
        }
        as("curator.alice").when().get(content.curationPath() + "/" + slug).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void twoCuratorsEditingTheSameVersionAtOnceCannotBothWin() throws Exception {
        String slug = newSlug();
        create("curator.alice", draft(slug, "Départ")).then().statusCode(201);
        String version = tag(slug);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String user : List.of("curator.alice", "curator.bruno")) {
                Map<String, Object> body = draft(slug, "Nom de " + user);
                String token = KeycloakTokens.of(user);
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType("application/json").header("If-Match", version)
                            .body(body).when().put(content.curationPath() + "/" + slug);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
                if (answer.get().statusCode() == 200) {
                    winner = answer.get().path(content.curatedName());
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            as("curator.alice").when().get(content.curationPath() + "/" + slug).then()
                    .body(content.curatedName(), equalTo(winner)).body("version", equalTo(1));
            as("curator.alice").when().get(content.curationPath() + "/" + slug + "/history").then()
                    .body("items.action", contains("EDITED", "CREATED"));
        } finally {
            pool.shutdownNow();
        }
    }
}
