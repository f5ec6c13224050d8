package fr.boussole.assessment.domain;

import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.security.Roles;

/**
 * Who is calling, as far as assessments care: a signed-in user's subject, role and claims, and the resume token
 * sent with the request, if any (an anonymous self-assessment is reached with it alone).
 */
public record Caller(String subject, String name, String role, String siren, String cci, String resumeToken) {

    public static Caller anonymous(String resumeToken) {
        return new Caller(null, null, null, null, null, resumeToken);
    }

    public boolean isSignedIn() {
        return subject != null;
    }

    public boolean is(String expectedRole) {
        return expectedRole.equals(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    /** A CCI's advisor or CRM, with the claim naming its CCI. */
    public boolean speaksFor(String someCci) {
        return someCci != null && (is(Roles.ADVISOR) || is(Roles.CRM)) && someCci.equals(cci);
    }

    /** The CCI this advisor or CRM speaks for; anyone else is refused (403) with {@code why}. */
    public String ownCci(String why) {
        if (!speaksFor(cci)) {
            throw new ProblemException(ProblemType.FORBIDDEN, why);
        }
        return cci;
    }
}
