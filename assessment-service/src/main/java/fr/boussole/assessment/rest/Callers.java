package fr.boussole.assessment.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.boussole.assessment.domain.Caller;
import fr.boussole.commons.security.Claims;
import fr.boussole.commons.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** The {@link Caller} of the current request, from its verified token and the resume token it sent. */
@RequestScoped
public class Callers {

    /** The longest resume token taken: the tokens handed out are far shorter. */
    public static final int RESUME_TOKEN_MAX_LENGTH = 100;

    /** When a user holds several roles, the one that decides what it does with assessments. */
    private static final List<String> ROLE_PRECEDENCE = List.of(Roles.ADMIN, Roles.ADVISOR, Roles.CRM, Roles.SME,
            Roles.CURATOR);

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current(String resumeToken) {
        String token = resumeToken == null || resumeToken.isBlank() ? null : resumeToken.strip();
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Caller.anonymous(token);
        }
        String role = ROLE_PRECEDENCE.stream().filter(identity::hasRole).findFirst().orElse(null);
        return new Caller(jwt.getSubject(), identity.getPrincipal().getName(), role, jwt.getClaim(Claims.SIREN),
                jwt.getClaim(Claims.CCI), token);
    }
}
