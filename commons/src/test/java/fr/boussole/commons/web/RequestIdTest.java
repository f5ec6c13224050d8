package fr.boussole.commons.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Every answer carries a request id, which the logging context of the request holds too. */
@QuarkusTest
class RequestIdTest {

    @Test
    void aNewIdIsReturnedAndLoggedWhenTheCallerSendsNone() {
        Response response = given().when().get("/probe/request-id");
        String id = response.header(RequestIds.HEADER);
        assertThat(id).matches("[0-9a-f-]{36}");
        response.then().statusCode(200).body("requestId", equalTo(id));
    }

    @Test
    void theCallersIdIsKept() {
        given().header(RequestIds.HEADER, "crm-call-0001")
                .when().get("/probe/request-id")
                .then().statusCode(200)
                .header(RequestIds.HEADER, "crm-call-0001")
                .body("requestId", equalTo("crm-call-0001"));
    }

    @Test
    void anIdThatCouldInjectIntoLogsIsReplaced() {
        Response response = given().header(RequestIds.HEADER, "abc\" injected=1 x")
                .when().get("/probe/request-id");
        assertThat(response.header(RequestIds.HEADER)).matches("[0-9a-f-]{36}");
    }

    @Test
    void errorAnswersCarryTheIdToo() {
        given().header(RequestIds.HEADER, "trace-me-please")
                .when().get("/nowhere")
                .then().statusCode(404)
                .header(RequestIds.HEADER, "trace-me-please")
                .body("requestId", equalTo("trace-me-please"));
    }
}
