package fr.boussole.commons.security;

import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/** Who may exercise a company's data protection rights, in every service: the company itself or an admin. */
public final class DataSubjectRights {

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
}
