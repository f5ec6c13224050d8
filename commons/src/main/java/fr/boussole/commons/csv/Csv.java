package fr.boussole.commons.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line break.
 * Reading also takes LF line ends and a UTF-8 byte order mark, as spreadsheets write them.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    /** One line, CRLF included; a null value is an empty field. */
    public static String line(List<String> values) {
        return line(values, ',');
    }

    /**
     * One line with another delimiter: French spreadsheets split on {@code ;} (the comma is their decimal mark) and
     * leave a comma-separated file in one column.
     */
    public static String line(List<String> values, char delimiter) {
        return values.stream().map(value -> field(value, delimiter))
                .collect(Collectors.joining(String.valueOf(delimiter))) + "\r\n";
    }

    /** The records of a CSV text, each a list of its fields; blank lines are skipped. */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (fields.size() > 1 || !fields.get(0).isEmpty() || wasQuoted) {
                    records.add(List.copyOf(fields));
                }
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        return records;
    }

    static String field(String value, char delimiter) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(delimiter) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
