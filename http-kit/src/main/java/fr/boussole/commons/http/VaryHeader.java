package fr.boussole.commons.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One {@code Vary} value out of the values already there and the request headers an answer also depends on. */
public final class VaryHeader {

    public static final String NAME = "Vary";

    private VaryHeader() {
    }

    /**
     * The names of {@code values} (each may list several, comma-separated) and of {@code more}, once each whatever
     * their case, in the order first met; {@code *} alone when any value is {@code *}.
     */
    public static String merged(List<String> values, String... more) {
        Set<String> lowerCase = new LinkedHashSet<>();
        StringBuilder merged = new StringBuilder();
        for (String value : values) {
            for (String name : value.split(",")) {
                add(name.strip(), lowerCase, merged);
            }
        }
        for (String name : more) {
            add(name, lowerCase, merged);
        }
        return lowerCase.contains("*") ? "*" : merged.toString();
    }

    private static void add(String name, Set<String> seen, StringBuilder merged) {
        if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
            merged.append(merged.isEmpty() ? "" : ", ").append(name);
        }
    }
}
