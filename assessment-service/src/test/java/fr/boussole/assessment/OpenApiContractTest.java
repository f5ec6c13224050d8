package fr.boussole.assessment;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/** The served OpenAPI document is the committed contract, openapi/assessment-service.yaml. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedContract() {
        OpenApiContract.assertServedDocumentIsCommitted("assessment-service");
    }
}
