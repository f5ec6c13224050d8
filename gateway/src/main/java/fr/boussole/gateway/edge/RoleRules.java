package fr.boussole.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.boussole.commons.web.CanonicalPaths;
import fr.boussole.gateway.config.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * The coarse role rules of {@code boussole.gateway.role-rules}, checked on the verified token before forwarding: a
 * curation call without a content-team role never reaches a service. The services check the fine rules anyway.
 * Rules match the decoded path of a canonical request ({@link CanonicalPaths} refuses the others), which names the
 * same resource as the raw path forwarded.
 */
@ApplicationScoped
public class RoleRules {

    static final String AUTHENTICATED = "authenticated";

    /** What the rules say of a request. */
    public enum Verdict {
        ALLOWED, NEEDS_TOKEN, FORBIDDEN
    }

    private record Rule(List<String> paths, Set<String> methods, Set<String> roles) {
        boolean covers(String method, String path) {
            return (methods.isEmpty() || methods.contains(method)) && paths.stream().anyMatch(pattern -> matches(
                    pattern, path));
        }
    }

    private final List<Rule> rules;

    RoleRules(GatewayConfig config) {
        this.rules = config.roleRules().values().stream()
                .map(rule -> new Rule(rule.paths(), rule.methods().orElse(Set.of()).stream()
                        .map(method -> method.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                        rule.roles()))
                .toList();
    }

    /** @param identity the caller's verified identity, or null without a token */
    public Verdict judge(RoutingContext routingContext, SecurityIdentity identity) {
        String method = routingContext.request().method().name();
        String path = CanonicalPaths.decodedPath(routingContext);
        for (Rule rule : rules) {
            if (!rule.covers(method, path)) {
                continue;
            }
            if (identity == null || identity.isAnonymous()) {
                return Verdict.NEEDS_TOKEN;
            }
            if (!rule.roles().contains(AUTHENTICATED) && rule.roles().stream().noneMatch(identity::hasRole)) {
                return Verdict.FORBIDDEN;
            }
        }
        return Verdict.ALLOWED;
    }

    static boolean matches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        return path.equals(pattern) || path.equals(pattern + "/");
    }
}
