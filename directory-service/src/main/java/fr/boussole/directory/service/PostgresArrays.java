package fr.boussole.directory.service;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL array literals for native statements, e.g. {"Bpifrance","Région Île-de-France"}. */
public final class PostgresArrays {

    private PostgresArrays() {
    }

    public static String literal(List<?> values) {
        if (values == null) {
            return "{}";
        }
        return values.stream()
                .map(value -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
