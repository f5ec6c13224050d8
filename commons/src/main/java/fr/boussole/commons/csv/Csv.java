package fr.boussole.commons.csv;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line break. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** One line, CRLF included; a null value is an empty field. */
    public static String line(List<String> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
