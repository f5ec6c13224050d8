package fr.boussole.e2e;

import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
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

    static RequestSpecification gateway() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(GATEWAY).build());
    }
}
