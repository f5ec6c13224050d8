package fr.boussole.e2e;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

/** Where the running suite is: everything goes through the gateway, as for real clients. */
final class Suite {

    static final String GATEWAY = System.getProperty("boussole.gateway.url", "http://localhost:8080");

    private Suite() {
    }

    static RequestSpecification gateway() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        return RestAssured.given(new RequestSpecBuilder().setBaseUri(GATEWAY).build());
    }
}
