package fr.boussole.commons.security;

import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * Who may exercise data protection rights, in every service: a company's, the company itself or an admin; a
 * person's, that person (signed in) or an admin. People are named by their username, the principal name of their
 * tokens, which the realm does not let anyone change: it is what every service records as the author of a change.
 */
public final class DataSubjectRights {

    /** A username in a path: no spaces, no slashes (Keycloak's are letters, digits and {@code ._@+-}). */
    public static final String USERNAME_PATTERN = "^[^\\s/\\\\]{1,120}$";

    private DataSubjectRights() {
    }

    /**
     * @param admin       whether the caller has the admin role
     * @param callerSiren the {@code siren} claim of a company user's token, null for anyone else
     * @param siren       the company whose rights are exercised
     */
    public static void checkMayActFor(boolean admin, String callerSiren, String siren) {
        if (!admin && (callerSiren == null || !callerSiren.equals(siren))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the company itself (a user whose token carries"
                    + " its siren) or an admin may exercise its data protection rights");
        }
    }

    /**
     * @param admin      whether the caller has the admin role
     * @param callerName the principal name (username) of the signed-in caller
     * @param person     the username of the person whose rights are exercised
     */
    public static void checkMayActForPerson(boolean admin, String callerName, String person) {
        if (!admin && (callerName == null || !callerName.equals(person))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the person (signed in as that user) or an admin"
                    + " may exercise their data protection rights");
        }
    }
}
