package fr.boussole.assessment.rest;

import static fr.boussole.assessment.testing.Assessments.PATH;
import static fr.boussole.assessment.testing.Assessments.SIREN_LYON;
import static fr.boussole.assessment.testing.Assessments.as;
import static fr.boussole.assessment.testing.Assessments.goodCompany;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The report an advisor hands over: rendered in HTML and PDF, escaped, without the private notes. */
@QuarkusTest
class ReportTest {

    private static final String TYPED_NAME = "<script>alert('x')</script> & Cie";
    private static final String TYPED_JUSTIFICATION = "Vu en entretien <img src=x onerror=alert(1)> : deux pilotes réussis.";

    static String id;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Made once, by the first test that runs (the service is up only once tests run). */
    @BeforeEach
    void anAdvisorsAssessmentWithTypedTexts() {
        if (id != null) {
            return;
        }
        id = as("advisor.lyon").body(Map.of("siren", SIREN_LYON, "departement", "69", "companyName", TYPED_NAME))
                .when().post(PATH).then().statusCode(201).extract().path("id");
        as("advisor.lyon").body(goodCompany()).when().patch(PATH + "/" + id + "/answers").then().statusCode(200);
        as("advisor.lyon").when().post(PATH + "/" + id + "/submit").then().statusCode(200);
        as("advisor.lyon").body(Map.of("level", "READY_TO_SCALE", "justification", TYPED_JUSTIFICATION))
                .when().put(PATH + "/" + id + "/level-override").then().statusCode(200);
        as("advisor.lyon").body(Map.of("body", "NOTE-PRIVEE ne pas montrer")).when().post(PATH + "/" + id + "/notes")
                .then().statusCode(201);
    }

    @Test
    void theHtmlReportEscapesWhatUsersTypedAndLeavesOutTheNotes() {
        String html = as("sme.lyon").accept("text/html").when().get(PATH + "/" + id + "/report")
                .then().statusCode(200)
                .contentType("text/html")
                .header("Content-Language", "fr")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .extract().asString();

        assertThat(html).contains("Bilan de maturité IA", "Prête à déployer", "Prête à expérimenter",
                "61 / 100", "<svg", "Données", "Éthique et conformité", "Prochaines étapes",
                "Fournisseur de solution clé en main", "Checklist RGPD");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).doesNotContain("NOTE-PRIVEE");
        // recommendations were degraded (no catalogue nor directory in service tests) and the report says so
        assertThat(html).contains("Certaines recommandations manquent");
    }

    @Test
    void thePdfIsTheSameReportAndReadsBack() throws Exception {
        byte[] pdf = as("advisor.lyon").accept("application/pdf").header("Accept-Language", "en")
                .when().get(PATH + "/" + id + "/report")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Language", "en")
                .header("Content-Disposition", "inline; filename=\"boussole-ia-" + id + ".pdf\"")
                .extract().asByteArray();
        // a type the report does not come in is refused, not answered in another one
        as("advisor.lyon").accept("application/json").when().get(PATH + "/" + id + "/report").then().statusCode(406);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("AI readiness report", TYPED_NAME, "Ready to scale", "61 / 100",
                    "Data", "Skills", "Funding", "Ethics and compliance", "Next steps", "GDPR checklist",
                    "Turnkey solution provider", "deux pilotes réussis");
            assertThat(text).doesNotContain("NOTE-PRIVEE");
        }
    }

    @Test
    void onlyThoseWhoMayReadTheAssessmentGetItsReport() {
        as("advisor.paris").accept("text/html").when().get(PATH + "/" + id + "/report").then().statusCode(404);
        as("sme.paris").accept("application/pdf").when().get(PATH + "/" + id + "/report").then().statusCode(404);
    }
}
