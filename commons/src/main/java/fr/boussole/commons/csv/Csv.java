package fr.boussole.commons.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * RFC 4180 CSV. Writing: comma-separated (or {@code ;} for French spreadsheets), CRLF line ends, a field quoted when
 * it holds the delimiter, a quote or a line break; {@link #inert} keeps a text from running as a formula. Reading,
 * with Jackson's CSV parser: the delimiter of the header line ({@code ,} or {@code ;}, as French spreadsheets save),
 * LF or CRLF line ends, a UTF-8 byte order mark, quoted fields over several lines; a malformed file is refused with
 * the line it goes wrong on.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    /** What a spreadsheet takes for the start of a formula (CSV injection, OWASP). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CsvMapper MAPPER = new CsvMapper();

    /** One record of a CSV text, with the line it starts on (from 1). */
    public record Row(int line, List<String> fields) {
    }

    /** A text that is not CSV: where, and why. */
    public static final class MalformedCsvException extends IllegalArgumentException {

        private final int line;

        MalformedCsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

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

    /**
     * A text a spreadsheet would run as a formula ({@code = + - @}, tab or carriage return first) gets a leading
     * apostrophe, which spreadsheets hide: a value cannot turn into a formula on the computer that opens the file.
     */
    public static String inert(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }

    /** The value {@link #inert} was given: a file exported here comes back unchanged. */
    public static String uninert(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /**
     * The records of a CSV text, blank lines skipped, split on the delimiter its first line uses ({@code ;} when it
     * has more semicolons than commas outside quotes, else {@code ,}).
     *
     * @throws MalformedCsvException naming the line, for a quote left open or text after a closing quote
     */
    public static List<Row> read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        ObjectReader reader = MAPPER.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(delimiterOf(body)));
        List<Row> rows = new ArrayList<>();
        int start = 1;
        try (MappingIterator<List<String>> records = reader.readValues(body)) {
            while (records.hasNextValue()) {
                List<String> fields = records.nextValue();
                if (!(fields.isEmpty() || fields.size() == 1 && fields.get(0).isEmpty())) {
                    rows.add(new Row(start, List.copyOf(fields)));
                }
                start = records.getCurrentLocation().getLineNr();
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? start : e.getLocation().getLineNr();
            throw new MalformedCsvException(line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("A CSV text in memory could not be read", e);
        }
        return rows;
    }

    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
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
