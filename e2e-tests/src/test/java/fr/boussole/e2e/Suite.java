package fr.boussole.e2e;

import java.util.Map;
import java.util.function.Supplier;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Where the running suite is: everything goes through the gateway, as for real clients. */
final class Suite {

    static final String GATEWAY = System.getProperty("boussole.gateway.url", "http://localhost:8080");
    /** The services behind it, as bin/suite starts them: a test may go round the gateway to check they hold too. */
    static final Map<String, String> SERVICES = Map.of(
            "catalogue-service", System.getProperty("boussole.catalogue.url", "http://localhost:8081"),
            "assessment-service", System.getProperty("boussole.assessment.url", "http://localhost:8082"),
            "directory-service", System.getProperty("boussole.directory.url", "http://localhost:8083"));

    private Suite() {
    }

    /** The service that serves a path of the API. */
    static String serviceOf(String path) {
        if (path.startsWith("/api/v1/catalogue")) {
            return SERVICES.get("catalogue-service");
        }
        return SERVICES.get(path.startsWith("/api/v1/directory") ? "directory-service" : "assessment-service");
    }

    static RequestSpecification gateway() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(GATEWAY).build());
    }

    /**
     * Sends a request again when the gateway's rate limit answered instead (429), after the wait it names, up to
     * three times: the tests that walk the whole contract send more than a minute's worth of one client's requests.
     */
    static Response patiently(Supplier<Response> request) {
        for (int attempt = 1;; attempt++) {
            Response response = request.get();
            if (response.statusCode() != 429 || attempt == 3) {
                return response;
            }
            try {
                Thread.sleep(Integer.parseInt(response.header("Retry-After")) * 1_000L + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
