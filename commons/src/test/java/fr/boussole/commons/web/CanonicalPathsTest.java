package fr.boussole.commons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.boussole.commons.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A path is served only in its canonical form, read the same way by every layer. */
@QuarkusTest
class CanonicalPathsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/probe;x/request-id", "/probe/request-id;jsessionid=1", "/probe%2Frequest-id",
            "/probe%2frequest-id", "/probe/./request-id", "/probe/x/../request-id", "/x/%2e%2e/probe/request-id",
            "/probe/.%2E/probe/request-id", "/probe//request-id", "//probe/request-id", "/probe%5Crequest-id",
            "/probe%3Bx/request-id", "/probe/request-id/..", "/probe/%C3%28" })
    void anythingElseIsABadRequestProblem(String path) throws IOException {
        assertThat(CanonicalPaths.decode(path)).isEmpty();

        RawHttp.Answer answer = RawHttp.get(port(), path, Map.of(RequestIds.HEADER, "canonical-paths"));

        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"type\":\"https://boussole-ia.fr/problems/bad-request\"")
                .contains("canonical form").contains("\"requestId\":\"canonical-paths\"");
    }

    /** What Vert.x's HTTP decoder refuses itself, before any filter (without a problem body yet: issue #19). */
    @ParameterizedTest
    @ValueSource(strings = { "/probe\\request-id", "/probe/%zz", "/probe/%2" })
    void whatTheDecoderRefusesIsRefusedToo(String path) throws IOException {
        assertThat(CanonicalPaths.decode(path)).isEmpty();
        assertThat(RawHttp.get(port(), path, Map.of()).status()).as(path).isEqualTo(400);
    }

    @Test
    void canonicalPathsAreServedAndDecodedOnce() throws IOException {
        assertThat(RawHttp.get(port(), "/probe/request-id", Map.of()).status()).isEqualTo(200);
        assertThat(RawHttp.get(port(), "/probe/requ%65st-id", Map.of()).status()).isEqualTo(200);
        assertThat(CanonicalPaths.decode("/")).contains("/");
        assertThat(CanonicalPaths.decode("/api/v1/catalogue/cur%61tion/")).contains("/api/v1/catalogue/curation/");
        assertThat(CanonicalPaths.decode("/api/v1/directory/partners/caf%C3%A9%20ia"))
                .contains("/api/v1/directory/partners/café ia");
        assertThat(CanonicalPaths.decode("/a/%252F")).as("an encoded percent sign stays one character")
                .contains("/a/%2F");
        assertThat(CanonicalPaths.decode("relative")).isEqualTo(Optional.empty());
    }

    private static int port() {
        return RestAssured.port;
    }
}
