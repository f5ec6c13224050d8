package fr.boussole.directory.service;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Column lists of the seeders' upserts, e.g. "a, b" as "excluded.a, excluded.b". */
public final class SqlColumns {

    private SqlColumns() {
    }

    public static String prefixed(String prefix, String columns) {
        return Arrays.stream(columns.split(",\\s*")).map(column -> prefix + column).collect(Collectors.joining(", "));
    }
}
