package fr.boussole.commons.http;

import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;

import fr.boussole.commons.i18n.Language;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;

/**
 * Entity tags of versioned resources and the {@code If-Match} rule for writing them.
 * <p>
 * A versioned resource is shown in one language at a time, so its tag is {@code "<version>-<language>"}: each
 * language variant has its own validator, as HTTP requires. A write must name the version it was based on; any
 * language variant of the current version will do.
 */
public final class EntityTags {

    /** The longest {@code If-Match} taken: a tag is a version and a language, far shorter. */
    public static final int IF_MATCH_MAX_LENGTH = 100;

    private EntityTags() {
    }

    public static EntityTag versioned(long version, Language language) {
        return new EntityTag(version + "-" + language.code());
    }

    /**
     * @throws ProblemException 428 when {@code If-Match} is missing, 412 when it names no variant of
     *         {@code currentVersion}
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "This write needs an If-Match header with the ETag of the version it is based on");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || isVersion(tag, currentVersion));
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it (current version " + currentVersion
                            + "); read it again and retry");
        }
    }

    /** Strong tags only: If-Match uses strong comparison (RFC 9110, 13.1.1). */
    private static boolean isVersion(String tag, long version) {
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return false;
        }
        String opaque = tag.substring(1, tag.length() - 1);
        int dash = opaque.indexOf('-');
        String number = dash < 0 ? opaque : opaque.substring(0, dash);
        return number.equals(Long.toString(version));
    }
}
