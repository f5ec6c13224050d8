package fr.boussole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.boussole.commons.testing.PathForms;
import fr.boussole.commons.testing.RawHttp;
import fr.boussole.e2e.AuthorizationMatrix.Caller;
import fr.boussole.e2e.AuthorizationMatrix.Row;
import fr.boussole.e2e.MergedContract.Operation;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Broken object level, authentication and function level authorization (OWASP API1, API2, API5): every operation
 * of the merged contract, called through the gateway by each kind of caller on objects of company A and CCI Paris,
 * answers what docs/authorization-matrix.md says. An operation of the contract missing from the table fails the test,
 * so a new endpoint has to declare who may call it; so does a row the contract no longer has. Writes carry the
 * bodies {@link MatrixObjects#body} gives; each JSON answer let through must match its schema in the contract, and
 * each answer let through carries the headers the contract declares for it, no other of the API's own.
 *
 * <p>
 * With {@code -Dboussole.matrix.record=true} the test writes the answers it saw into the table instead (new rows
 * included, cells marked {@code -} kept), for review in the diff.
 */
class AuthorizationMatrixIT {

    static final Path TABLE = MergedContract.ROOT.resolve("docs/authorization-matrix.md");
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404);

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws IOException {
        boolean record = Boolean.getBoolean("boussole.matrix.record");
        AuthorizationMatrix matrix = AuthorizationMatrix.read(TABLE);
        MergedContract merged = MergedContract.read();
        List<Operation> contract = merged.operations();
        Set<String> keys = contract.stream().map(Operation::key).collect(Collectors.toSet());

        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(matrix.rows().keySet());
        Set<String> stale = new TreeSet<>(matrix.rows().keySet());
        stale.removeAll(keys);
        if (!record) {
            assertThat(missing).as("operations of the contract without a row in %s", TABLE).isEmpty();
            assertThat(stale).as("rows of %s for operations the contract no longer has", TABLE).isEmpty();
        }

        MatrixObjects objects = new MatrixObjects();
        ContractSchemas schemas = new ContractSchemas();
        ContractHeaders headers = new ContractHeaders(merged);
        List<String> mismatches = new ArrayList<>();
        List<Row> seen = new ArrayList<>();
        try {
            for (Operation operation : contract) {
                Row row = matrix.rows().get(operation.key());
                Map<Caller, String> answers = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    String expected = row == null ? "" : row.expected().get(caller);
                    if (AuthorizationMatrix.NOT_SENT.equals(expected)) {
                        answers.put(caller, expected);
                        continue;
                    }
                    Response response = send(caller, operation, objects);
                    int status = response.statusCode();
                    answers.put(caller, status / 100 == 2 ? "2xx" : Integer.toString(status));
                    if (status / 100 == 2 && operation.method().equals("DELETE")) {
                        objects.consumed(operation.path());
                    }
                    if (!AuthorizationMatrix.matches(expected, status)) {
                        mismatches.add(operation.key() + " by " + caller.header + ": expected " + expected
                                + ", got " + status + " " + response.body().asString());
                    } else if (REFUSALS.contains(status)
                            && !response.contentType().startsWith("application/problem+json")) {
                        mismatches.add(operation.key() + " by " + caller.header + ": " + status
                                + " without a problem+json body");
                    } else if (status / 100 == 2 && response.contentType().startsWith("application/json")) {
                        schemas.violations(operation, status, response.body().asByteArray()).forEach(violation ->
                                mismatches.add(operation.key() + " by " + caller.header + ": " + status
                                        + " does not match its schema: " + violation));
                    }
                    if (status / 100 == 2) {
                        Set<String> sent = response.headers().asList().stream().map(header -> header.getName())
                                .collect(Collectors.toSet());
                        headers.violations(operation, status, sent).forEach(violation -> mismatches.add(
                                operation.key() + " by " + caller.header + ": " + status + " " + violation));
                    }
                }
                seen.add(new Row(operation.key(), answers, row == null ? "" : row.why()));
            }
        } finally {
            objects.removeWhatWasMade();
        }
        if (record) {
            matrix.write(seen);
            return;
        }
        assertThat(mismatches).as("answers that differ from %s", TABLE).isEmpty();
    }

    /**
     * Every operation, under every form of its path that one layer could read as another path than the next
     * (matrix parameters, dot and empty segments, encoded or raw slashes and backslashes): a 400 problem, through
     * the gateway as from the service itself, whoever calls. The rule matched at the edge is always the rule of the
     * path the service serves.
     */
    @Test
    void noOperationIsReachedUnderAnotherFormOfItsPath() throws IOException {
        AuthorizationMatrix matrix = AuthorizationMatrix.read(TABLE);
        MatrixObjects objects = new MatrixObjects();
        List<String> mismatches = new ArrayList<>();
        int sent = 0;
        for (Operation operation : MergedContract.read().operations()) {
            String path = objects.resolve(operation.path());
            Caller caller = matrix.rows().get(operation.key()).expected().entrySet().stream()
                    .filter(cell -> !cell.getValue().equals(AuthorizationMatrix.NOT_SENT)
                            && !REFUSALS.contains(parse(cell.getValue())))
                    .map(Map.Entry::getKey).findFirst().orElse(Caller.ANONYMOUS);
            Map<String, String> headers = caller.token() == null ? Map.of()
                    : Map.of("Authorization", "Bearer " + caller.token());
            for (var form : PathForms.of(path).entrySet()) {
                for (URI base : List.of(URI.create(Suite.GATEWAY), URI.create(Suite.serviceOf(path)))) {
                    RawHttp.Answer answer = RawHttp.send(base.getPort(), operation.method(), form.getValue(),
                            headers);
                    sent++;
                    boolean problem = PathForms.REFUSED_BY_THE_DECODER.contains(form.getKey())
                            || String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json");
                    if (answer.status() != 400 || !problem) {
                        mismatches.add(operation.key() + " as " + form.getKey() + " " + form.getValue() + " by "
                                + caller.header + " on :" + base.getPort() + ": " + answer.status() + " "
                                + answer.body());
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(mismatches).isEmpty();
    }

    /** A cell's status; 200 for "2xx" and the cells that name several answers. */
    private static int parse(String cell) {
        return cell.matches("\\d{3}") ? Integer.parseInt(cell) : 200;
    }

    private static Response send(Caller caller, Operation operation, MatrixObjects objects) {
        String path = objects.resolve(operation.path());
        return Suite.patiently(() -> {
            RequestSpecification request = Suite.gateway().queryParams(objects.query(operation.path()));
            if (caller.token() != null) {
                request.auth().oauth2(caller.token());
            }
            if (operation.hasBody()) {
                request.contentType("application/json").body(objects.body(operation.key()));
            }
            return request.when().request(operation.method(), path);
        });
    }
}
