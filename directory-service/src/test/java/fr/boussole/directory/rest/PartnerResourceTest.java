package fr.boussole.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.KeycloakTokens;
import fr.boussole.directory.testing.CatalogueStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The seeded partners as the public reads them: every kind, filters, and contacts kept from the public. */
@QuarkusTest
@QuarkusTestResource(CatalogueStub.class)
class PartnerResourceTest {

    private static final String PARTNERS = "/api/v1/directory/partners";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyKindHasASeededPartnerAndThePublicBodiesOfTheGuideAreThere() {
        given().queryParam("size", 100).when().get(PARTNERS).then().statusCode(200)
                .body("total", equalTo(17))
                .body("items.kind", hasItems("turnkey-solution-provider", "platform-solution-provider",
                        "data-solution-provider", "ai-consulting-firm", "competitiveness-cluster",
                        "cci-professional-federation", "research-lab", "school-university", "tech-transfer-network",
                        "association-hub", "trade-show", "public-body", "websites", "video-courses",
                        "company-visits"))
                .body("items.slug", hasItems("bpifrance", "cnil", "cci-paris-idf", "cci-lyon-metropole"))
                .body("items.contact", everyItem(nullValue()));
    }

    @Test
    void contactsAreForCuratorsAndAdminsOnly() {
        given().when().get(PARTNERS + "/factura-clic-demo").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("contact", nullValue())
                .body("siren", equalTo("910001015"));
        for (String user : new String[] { "sme.paris", "advisor.lyon" }) {
            given().auth().oauth2(KeycloakTokens.of(user)).when().get(PARTNERS + "/factura-clic-demo")
                    .then().statusCode(200).body("contact", nullValue());
        }
        Response curator = given().auth().oauth2(KeycloakTokens.of("curator.bruno"))
                .when().get(PARTNERS + "/factura-clic-demo");
        curator.then().statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .body("contact.email", equalTo("camille.martin@factura-clic.example.org"));
        given().when().get(PARTNERS + "/factura-clic-demo").then()
                .header("ETag", not(equalTo(curator.header("ETag"))));
        given().auth().oauth2(KeycloakTokens.of("admin.ops")).queryParam("kind", "turnkey-solution-provider")
                .when().get(PARTNERS).then().statusCode(200).body("items[0].contact.name", notNullValue());
    }

    @Test
    void aPartnerSeesItsOwnContactAndNoOtherOne() {
        String factura = KeycloakTokens.of("partner.factura");
        given().auth().oauth2(factura).when().get(PARTNERS + "/factura-clic-demo").then().statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .body("contact.email", equalTo("camille.martin@factura-clic.example.org"));
        given().auth().oauth2(factura).when().get(PARTNERS + "/atelier-predictif-demo").then().statusCode(200)
                .body("contact", nullValue());
        given().auth().oauth2(factura).queryParam("size", 100).when().get(PARTNERS).then().statusCode(200)
                .body("items.find { it.slug == 'factura-clic-demo' }.contact.name", equalTo("Camille Martin"))
                .body("items.findAll { it.contact != null }.slug", contains("factura-clic-demo"));
    }

    @Test
    void filtersByAreaSectorUseCaseOfferAndKind() {
        // Lyon: the CCI naming the Rhône, the region-wide providers of Auvergne-Rhône-Alpes, the nationwide ones.
        given().queryParam("departement", "69").queryParam("size", 100).when().get(PARTNERS).then().statusCode(200)
                .body("items.slug", hasItems("cci-lyon-metropole", "atelier-predictif-demo", "bpifrance"))
                .body("items.slug", not(hasItem("cci-paris-idf")));
        given().queryParam("region", "11").queryParam("size", 100).when().get(PARTNERS).then()
                .body("items.slug", hasItems("cci-paris-idf", "factura-clic-demo", "cnil", "salon-ia-pro-demo"))
                .body("items.slug", not(hasItem("cci-lyon-metropole")));
        given().queryParam("useCase", "maintenance-predictive").when().get(PARTNERS).then()
                .body("items.slug", hasItems("atelier-predictif-demo", "visites-usines-normandie-demo"))
                .body("total", equalTo(2));
        given().queryParam("sector", "agriculture").when().get(PARTNERS).then()
                .body("items.slug", hasItem("donnees-terrain-demo")).body("total", equalTo(1));
        given().queryParam("offer", "funding_guidance").queryParam("verified", true).when().get(PARTNERS).then()
                .body("items.slug", hasItems("bpifrance", "cap-ia-conseil-demo"));
        given().queryParam("kind", "public-body").header("Accept-Language", "en").when().get(PARTNERS).then()
                .header("Content-Language", "en")
                .body("items.name", hasItems("Bpifrance", "CNIL"))
                .body("items[0].description", equalTo("The French public investment bank: funds company innovation"
                        + " (French Tech grant, innovation diagnosis) and points companies to the right aids."));
        given().queryParam("offer", "GOSSIP").when().get(PARTNERS).then().statusCode(400);
        given().queryParam("region", "99").when().get(PARTNERS).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().queryParam("departement", "20").when().get(PARTNERS).then().statusCode(400)
                .body("errors[0].field", equalTo("departement"));
        given().when().get(PARTNERS + "/inconnu").then().statusCode(404);
    }
}
