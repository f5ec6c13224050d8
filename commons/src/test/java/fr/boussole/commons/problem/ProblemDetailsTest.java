package fr.boussole.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/** Every error path answers with an RFC 9457 problem that names the problem and reveals no internals. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String VALID_ORDER = """
            {"reference":"A-1","colour":"RED","items":[{"code":"x","quantity":2}]}""";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("type", equalTo(ProblemType.BASE_URI + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"))
                .body("requestId", notNullValue());
    }

    @Test
    void aValidRequestIsAnsweredNormally() {
        given().contentType("application/json").body(VALID_ORDER)
                .when().post("/probe/orders")
                .then().statusCode(200).body("reference", equalTo("A-1"));
    }

    @Test
    void beanValidationNamesEveryInvalidFieldByItsJsonPath() {
        ValidatableResponse response = given().contentType("application/json")
                .body("""
                        {"reference":" ","colour":"RED","items":[{"code":"x","quantity":1},{"code":"","quantity":0}],
                         "byName":{"first":{"code":"","quantity":3}}}""")
                .when().post("/probe/orders").then();
        assertProblem(response, 400, "validation-error")
                .body("detail", equalTo("4 fields are invalid"))
                .body("errors.field", hasItems("reference", "items[1].code", "items[1].quantity", "byName.first.code"))
                .body("errors.find { it.field == 'items[1].quantity' }.message",
                        equalTo("must be greater than or equal to 1"));
    }

    @Test
    void aMissingBodyIsAValidationErrorOnTheBody() {
        assertProblem(given().contentType("application/json").when().post("/probe/orders").then(),
                400, "validation-error")
                .body("errors[0].field", equalTo("order"));
    }

    @Test
    void queryParametersAreNamedAsSent() {
        assertProblem(given().queryParam("size", 101).queryParam("page", -1).queryParam("max", 0)
                .when().get("/probe/numbers").then(), 400, "validation-error")
                .body("errors.field", hasItems("size", "page", "max"))
                .body("errors", hasSize(3));
    }

    @Test
    void malformedJsonSaysWhereWithoutParserInternals() {
        assertProblem(given().contentType("application/json").body("{\"reference\": \"A-1\",, }")
                .when().post("/probe/orders").then(), 400, "malformed-body")
                .body("detail", allOf(containsString("not valid JSON"), containsString("line 1")));
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        assertProblem(given().contentType("application/json")
                .body("{\"reference\":\"A-1\",\"colour\":\"RED\",\"items\":[],\"discount\":10}")
                .when().post("/probe/orders").then(), 400, "validation-error")
                .body("detail", equalTo("Unknown field 'discount'"))
                .body("errors[0].field", equalTo("discount"));
    }

    @Test
    void wrongJsonTypesAndEnumValuesSayWhatWasExpectedWithoutClassNames() {
        assertProblem(given().contentType("application/json")
                .body("{\"reference\":\"A-1\",\"colour\":\"BLUE\",\"items\":[{\"code\":\"x\",\"quantity\":\"two\"}]}")
                .when().post("/probe/orders").then(), 400, "validation-error")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of RED, GREEN"))
                .body(not(containsString("java.")), not(containsString("fr.boussole")));
        assertProblem(given().contentType("application/json")
                .body("{\"reference\":\"A-1\",\"colour\":\"RED\",\"items\":[{\"code\":\"x\",\"quantity\":\"two\"}]}")
                .when().post("/probe/orders").then(), 400, "validation-error")
                .body("errors[0].field", equalTo("items[0].quantity"))
                .body("errors[0].message", equalTo("must be a number (wrong JSON type or missing value)"));
        // a number given as text is not taken either, nor a fraction for a whole number
        for (String quantity : new String[] { "\"2\"", "2.5", "true" }) {
            assertProblem(given().contentType("application/json")
                    .body("{\"reference\":\"A-1\",\"colour\":\"RED\",\"items\":[{\"code\":\"x\",\"quantity\":"
                            + quantity + "}]}")
                    .when().post("/probe/orders").then(), 400, "validation-error")
                    .body("errors[0].field", equalTo("items[0].quantity"));
        }
    }

    @Test
    void enumParametersAreCaseInsensitiveAndAnUnknownValueIs400NotAFake404() {
        given().queryParam("colour", "green").when().get("/probe/colour")
                .then().statusCode(200).body("colour", equalTo("GREEN"));
        assertProblem(given().queryParam("colour", "BLUE").when().get("/probe/colour").then(), 400,
                "validation-error")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("must be one of RED, GREEN"));
    }

    @Test
    void booleanParametersAcceptOnlyTrueOrFalse() {
        given().queryParam("bright", "TRUE").when().get("/probe/colour")
                .then().statusCode(200).body("bright", equalTo(true));
        assertProblem(given().queryParam("bright", "maybe").when().get("/probe/colour").then(), 400,
                "validation-error")
                .body("errors[0].field", equalTo("bright"))
                .body("errors[0].message", equalTo("must be true or false"));
    }

    @Test
    void aBodyOfTheWrongTypeIsMalformed() {
        assertProblem(given().contentType("application/json").body("[1,2]").when().post("/probe/orders").then(),
                400, "malformed-body")
                .body("detail", equalTo("The request body must be an object"));
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(given().contentType("text/plain").body("hello").when().post("/probe/orders").then(),
                415, "unsupported-media-type")
                .body("detail", containsString("text/plain"));
    }

    @Test
    void unacceptableMediaTypeIs406() {
        assertProblem(given().accept("text/csv").when().get("/probe/numbers").then(), 406, "not-acceptable");
    }

    @Test
    void anIfNoneMatchOverTheContractsBoundIsAValidationError() {
        given().header("If-None-Match", "\"x\"".repeat(333)).when().get("/probe/numbers").then().statusCode(200);
        assertProblem(given().header("If-None-Match", "\"x\"".repeat(334)).when().get("/probe/numbers").then(), 400,
                "validation-error").body("errors[0].field", equalTo("If-None-Match"));
    }

    @Test
    void anAnswerToACallerWithCredentialsIsKeptOutOfCachesUnlessTheResourceSaidOtherwise() {
        given().when().get("/probe/numbers").then().statusCode(200).header("Cache-Control", nullValue());
        given().header("X-Resume-Token", "a-resume-token").when().get("/probe/numbers").then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(given().when().get("/nowhere/at/all").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        assertProblem(given().when().delete("/probe/orders").then(), 405, "method-not-allowed")
                .header("Allow", containsString("POST"))
                .body("detail", containsString("DELETE"));
    }

    @Test
    void conflictsAre409() {
        assertProblem(given().when().get("/probe/conflict").then(), 409, "conflict")
                .body("detail", equalTo("Already taken"));
        assertProblem(given().when().get("/probe/optimistic-lock").then(), 409, "conflict");
    }

    @Test
    void writesWithoutIfMatchAre428AndWithAStaleOneAre412() {
        assertProblem(given().contentType("application/json").body("{}").when().put("/probe/versioned").then(),
                428, "precondition-required");
        assertProblem(given().contentType("application/json").header("If-Match", "\"6-fr\"").body("{}")
                .when().put("/probe/versioned").then(), 412, "precondition-failed");
        assertProblem(given().contentType("application/json").header("If-Match", "W/\"7-fr\"").body("{}")
                .when().put("/probe/versioned").then(), 412, "precondition-failed");
        given().contentType("application/json").header("If-Match", "\"3-en\", \"7-en\"").body("{}")
                .when().put("/probe/versioned").then().statusCode(200);
    }

    @Test
    void bodiesOverTheLimitAre413() {
        assertProblem(given().contentType("application/json").body("{\"reference\":\"" + "x".repeat(3000) + "\"}")
                .when().post("/probe/orders").then(), 413, "payload-too-large");
    }

    @Test
    void anonymousCallsToProtectedOperationsAre401WithABearerChallenge() {
        assertProblem(given().when().get("/probe/admin-only").then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"boussole\""));
    }

    @Test
    @TestSecurity(user = "someone", roles = "sme")
    void wrongRolesAre403() {
        assertProblem(given().when().get("/probe/admin-only").then(), 403, "forbidden");
    }

    @Test
    void unexpectedErrorsAre500AndRevealNothing() {
        assertProblem(given().when().get("/probe/crash").then(), 500, "internal-error")
                .body(not(containsString("secret")), not(containsString("IllegalStateException")),
                        not(containsString("com.example")));
    }
}
