package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.boussole.e2e.AuthorizationMatrix.Caller;
import fr.boussole.e2e.MergedContract.Operation;
import io.restassured.response.Response;

/**
 * Every conditional read of the contract (an operation that documents 304), revalidated through the gateway by the
 * HTTP clients integrators use as they come: Python's standard http.client, curl and Node's fetch, each on one
 * keep-alive connection, so a 304 whose framing is wrong (a chunked encoding or a length without a body) would break
 * or hold the next request. Each must read 304 with no body for every one of them, within its timeout.
 */
class ConditionalAnswersIT {

    private static final Path SCRIPTS = MergedContract.ROOT.resolve("e2e-tests/src/test/resources/conditional");
    private static final Map<String, String> CACHED_COPIES = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readEveryConditionalReadOnce() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.read(AuthorizationMatrixIT.TABLE);
        MatrixObjects objects = new MatrixObjects();
        for (Operation operation : MergedContract.read().operations()) {
            Map<String, Object> responses = (Map<String, Object>) operation.definition().get("responses");
            if (!operation.method().equals("GET") || !responses.containsKey("304")
                    || !"2xx".equals(matrix.rows().get(operation.key()).expected().get(Caller.ANONYMOUS))) {
                continue;
            }
            StringBuilder target = new StringBuilder(objects.resolve(operation.path()));
            objects.query(operation.path()).forEach((name, value) -> target
                    .append(target.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(value));
            Response read = Suite.patiently(() -> Suite.gateway().when().get(target.toString()));
            assertThat(read.statusCode()).as(target.toString()).isEqualTo(200);
            assertThat(read.header("ETag")).as("the ETag of " + target).isNotBlank();
            CACHED_COPIES.put(target.toString(), read.header("ETag"));
        }
        assertThat(CACHED_COPIES).as("conditional reads").hasSizeGreaterThan(10);
    }

    @Test
    void pythonsHttpClientReadsEveryNotModified() throws Exception {
        assertEveryAnswerIsNotModified(run(List.of("python3", SCRIPTS.resolve("revalidate.py").toString(),
                Suite.GATEWAY)));
    }

    @Test
    void nodesFetchReadsEveryNotModified() throws Exception {
        assertEveryAnswerIsNotModified(run(List.of("node", SCRIPTS.resolve("revalidate.mjs").toString(),
                Suite.GATEWAY)));
    }

    @Test
    void curlReadsEveryNotModifiedOnOneConnection() throws Exception {
        // one curl for all of them: it reuses its connection from one URL to the next
        List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time", "30"));
        CACHED_COPIES.forEach((path, etag) -> command.addAll(List.of("--header", "If-None-Match: " + etag,
                "--output", "/dev/null", "--write-out", "%{http_code} " + path + " %{size_download}\\n",
                Suite.GATEWAY + path, "--next")));
        command.remove(command.size() - 1);
        assertEveryAnswerIsNotModified(run(command));
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("revalidate", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        StringBuilder input = new StringBuilder();
        CACHED_COPIES.forEach((path, etag) -> input.append(path).append(' ').append(etag).append('\n'));
        process.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        String report = Files.readString(output);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("%s ends; it wrote:%n%s", command.get(0), report).isTrue();
        assertThat(process.exitValue()).as("%s exits cleanly; it wrote:%n%s", command.get(0), report).isZero();
        return report.lines().toList();
    }

    private static void assertEveryAnswerIsNotModified(List<String> lines) {
        List<String> expected = CACHED_COPIES.keySet().stream().map(path -> "304 " + path + " 0").toList();
        assertThat(lines).containsExactlyElementsOf(expected);
    }
}
