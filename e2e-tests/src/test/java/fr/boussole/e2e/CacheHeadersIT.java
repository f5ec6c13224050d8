package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.boussole.e2e.AuthorizationMatrix.Caller;
import fr.boussole.e2e.MergedContract.Operation;
import io.restassured.response.Response;

/**
 * Every public answer tells caches what it depends on: a shared cache (a CDN, a proxy in front of a partner site)
 * keeps one answer per URL and {@code Vary}. Walks every read of the merged contract that an anonymous caller gets
 * (docs/authorization-matrix.md) through the gateway, in both languages, with and without an Origin, and in each
 * media type the contract documents: an answer that changes with one of these request headers must name it.
 */
class CacheHeadersIT {

    @Test
    @SuppressWarnings("unchecked")
    void everyPublicAnswerNamesInVaryWhatItDependsOn() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.read(AuthorizationMatrixIT.TABLE);
        MatrixObjects objects = new MatrixObjects();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Operation operation : MergedContract.read().operations()) {
            if (!operation.method().equals("GET")
                    || !"2xx".equals(matrix.rows().get(operation.key()).expected().get(Caller.ANONYMOUS))) {
                continue;
            }
            String path = objects.resolve(operation.path());
            Map<String, String> query = objects.query(operation.path());
            Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) operation.definition()
                    .get("responses")).get("200");
            Set<String> mediaTypes = ok == null || ok.get("content") == null ? Set.of()
                    : ((Map<String, Object>) ok.get("content")).keySet();

            Response french = get(path, query, Map.of("Accept-Language", "fr"));
            Response english = get(path, query, Map.of("Accept-Language", "en"));
            Response fromAPartnerSite = get(path, query, Map.of("Origin", "https://partner.example"));
            checked++;
            String what = operation.key() + " (" + path + ")";
            for (Response answer : List.of(french, english, fromAPartnerSite)) {
                assertThat(answer.statusCode()).as(what).isEqualTo(200);
                Set<String> vary = vary(answer);
                if (!vary.contains("origin")) {
                    problems.add(what + ": Vary " + vary + " lacks Origin, on which its CORS headers depend");
                }
                if (answer.header("Content-Language") != null && !vary.contains("accept-language")) {
                    problems.add(what + ": has a Content-Language, Vary " + vary + " lacks Accept-Language");
                }
                if (mediaTypes.size() > 1 && !vary.contains("accept")) {
                    problems.add(what + ": documents " + mediaTypes + ", Vary " + vary + " lacks Accept");
                }
            }
            if (!Arrays.equals(french.asByteArray(), english.asByteArray())
                    && !vary(french).contains("accept-language")) {
                problems.add(what + ": differs in French and English, Vary " + vary(french)
                        + " lacks Accept-Language");
            }
            for (String type : mediaTypes) {
                Response typed = get(path, query, Map.of("Accept", type));
                if (!typed.contentType().startsWith(type)) {
                    problems.add(what + ": Accept " + type + " gave " + typed.contentType());
                }
            }
        }
        assertThat(checked).as("public reads checked").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private static Response get(String path, Map<String, String> query, Map<String, String> headers) {
        return Suite.patiently(() -> Suite.gateway().queryParams(query).headers(headers).when().get(path));
    }

    private static Set<String> vary(Response answer) {
        return answer.headers().getValues("Vary").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
