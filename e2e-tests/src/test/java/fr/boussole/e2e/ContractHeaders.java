package fr.boussole.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.boussole.e2e.MergedContract.Operation;

/**
 * Checks an answer's headers against those the merged contract declares for its operation and status, both ways:
 * a header of the API's own (versions, links, languages, replays, limits) that an answer carries is declared there,
 * so generated clients can read it, and a header declared as always sent ({@code required: true}) is there.
 */
final class ContractHeaders {

    /** The headers clients act on; transport and caching headers (Vary, Cache-Control, Content-Type) are HTTP's. */
    private static final Set<String> API_HEADERS = Set.of("etag", "location", "link", "content-language",
            "idempotent-replayed", "retry-after", "x-request-id", "ratelimit-limit", "ratelimit-remaining",
            "ratelimit-reset", "ratelimit-policy", "access-control-allow-origin");

    private final Map<String, Map<String, Object>> components;

    ContractHeaders(MergedContract contract) {
        this.components = contract.headers();
    }

    /** What differs between the headers sent (names in any case) and those the contract declares. */
    List<String> violations(Operation operation, int status, Set<String> sent) {
        Map<String, Map<String, Object>> declared = declared(operation, status);
        List<String> violations = new ArrayList<>();
        sent.stream().map(name -> name.toLowerCase(Locale.ROOT)).filter(API_HEADERS::contains)
                .filter(name -> !declared.containsKey(name)).sorted()
                .forEach(name -> violations.add("sends " + name + ", which the contract does not declare"));
        declared.forEach((name, header) -> {
            if (Boolean.TRUE.equals(header.get("required"))
                    && sent.stream().noneMatch(name::equalsIgnoreCase)) {
                violations.add("does not send " + name + ", which the contract says is always sent");
            }
        });
        return violations;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> declared(Operation operation, int status) {
        Map<String, Object> responses = (Map<String, Object>) operation.definition().get("responses");
        Map<String, Object> response = (Map<String, Object>) responses.get(Integer.toString(status));
        Map<String, Map<String, Object>> declared = new TreeMap<>();
        if (response == null || response.get("headers") == null) {
            return declared;
        }
        ((Map<String, Map<String, Object>>) response.get("headers")).forEach((name, header) -> {
            Object ref = header.get("$ref");
            declared.put(name.toLowerCase(Locale.ROOT), ref == null ? header
                    : components.get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1)));
        });
        return declared;
    }
}
