package fr.boussole.commons.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The non-canonical forms of a path that make one layer read another path than the next: each names, around the
 * last segment of {@code prefix}, the same resource as {@code prefix + rest} for some reader, and must be refused.
 */
public final class PathForms {

    /**
     * The forms Vert.x's HTTP decoder refuses itself, with a 400 that has no body yet (it never reaches a filter;
     * issue #19 gives the decoder's refusals a problem document).
     */
    public static final Set<String> REFUSED_BY_THE_DECODER = Set.of("backslash");

    private PathForms() {
    }

    /** Form name → raw path, e.g. for {@code /api/v1/catalogue/curation} and {@code /use-cases}. */
    public static Map<String, String> of(String prefix, String rest) {
        int cut = prefix.lastIndexOf('/');
        String parent = prefix.substring(0, cut);
        String last = prefix.substring(cut + 1);
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("matrix parameter", prefix + ";x=1" + rest);
        forms.put("encoded slash", parent + "%2F" + last + rest);
        forms.put("dot segment", parent + "/./" + last + rest);
        forms.put("dot-dot segment", parent + "/x/../" + last + rest);
        forms.put("encoded dot-dot segment", parent + "/x/%2E%2e/" + last + rest);
        forms.put("empty segment", parent + "//" + last + rest);
        forms.put("backslash", parent + "\\" + last + rest);
        forms.put("encoded backslash", parent + "%5C" + last + rest);
        return forms;
    }

    /**
     * The forms of a whole path, around its fourth segment (the first after {@code /api/v1/<service>}, where the
     * role rules and routes split), or its last when it is shorter.
     */
    public static Map<String, String> of(String path) {
        int cut = 0;
        for (int segment = 0; segment < 4; segment++) {
            int next = path.indexOf('/', cut + 1);
            if (next < 0) {
                return of(path, "");
            }
            cut = next;
        }
        return of(path.substring(0, cut), path.substring(cut));
    }

    /** The same path with the last segment's first letter percent-encoded: canonical, the same resource. */
    public static String withAnEncodedLetter(String prefix) {
        int cut = prefix.lastIndexOf('/') + 1;
        return prefix.substring(0, cut) + String.format("%%%02X", (int) prefix.charAt(cut)) + prefix.substring(cut + 1);
    }
}
