package fr.boussole.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.boussole.commons.testing.KeycloakTokens;

/**
 * The table of docs/authorization-matrix.md: for each operation of the merged contract, what each kind of caller
 * gets. A cell is a status code, {@code 2xx} for any success, or {@code -} for a call the test does not make (the
 * row's last column says why). The text around the table is kept as written when the table is rewritten.
 */
final class AuthorizationMatrix {

    /** Who calls: how the table's header names them, and with which login or CRM client. */
    enum Caller {
        ANONYMOUS("anonymous", null, null),
        SME_A("sme A", "sme.paris", null),
        SME_B("sme B", "sme.lyon", null),
        ADVISOR_PARIS("advisor Paris", "advisor.paris", null),
        ADVISOR_LYON("advisor Lyon", "advisor.lyon", null),
        CURATOR("curator", "curator.alice", null),
        ADMIN("admin", "admin.ops", null),
        CRM_PARIS("CRM Paris", "crm-cci-paris-idf", "crm-paris-demo-secret"),
        CRM_LYON("CRM Lyon", "crm-cci-lyon-metropole", "crm-lyon-demo-secret");

        final String header;
        final String login;
        final String clientSecret;

        Caller(String header, String login, String clientSecret) {
            this.header = header;
            this.login = login;
            this.clientSecret = clientSecret;
        }

        /** This caller's access token, or null for the anonymous one. */
        String token() {
            if (login == null) {
                return null;
            }
            return clientSecret == null ? KeycloakTokens.of(login)
                    : KeycloakTokens.clientCredentials(login, clientSecret);
        }
    }

    record Row(String operation, Map<Caller, String> expected, String why) {
    }

    static final String NOT_SENT = "-";
    private static final Pattern ROW = Pattern.compile("^\\| `[A-Z]+ /.*");
    private static final Pattern CELL = Pattern.compile("2xx|[1-5][0-9][0-9]|-");

    private final Path file;
    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private AuthorizationMatrix(Path file) {
        this.file = file;
    }

    static AuthorizationMatrix read(Path file) throws IOException {
        AuthorizationMatrix matrix = new AuthorizationMatrix(file);
        boolean inTable = false;
        boolean tableSeen = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!tableSeen && line.startsWith("| operation |")) {
                inTable = true;
                tableSeen = true;
                continue;
            }
            if (inTable && line.startsWith("|---")) {
                continue;
            }
            if (inTable && ROW.matcher(line).matches()) {
                Row row = parse(line);
                if (matrix.rows.put(row.operation(), row) != null) {
                    throw new IllegalStateException("Twice in the table: " + row.operation());
                }
                continue;
            }
            inTable = false;
            (tableSeen ? matrix.after : matrix.before).add(line);
        }
        if (!tableSeen) {
            throw new IllegalStateException("No table in " + file);
        }
        return matrix;
    }

    private static Row parse(String line) {
        String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
        Caller[] callers = Caller.values();
        if (cells.length != callers.length + 2) {
            throw new IllegalStateException("Expected " + (callers.length + 2) + " cells: " + line);
        }
        String operation = cells[0].trim().replace("`", "");
        Map<Caller, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < callers.length; i++) {
            String cell = cells[i + 1].trim();
            if (!CELL.matcher(cell).matches()) {
                throw new IllegalStateException("Cell '" + cell + "' of " + operation + " is not a status, 2xx or -");
            }
            expected.put(callers[i], cell);
        }
        return new Row(operation, expected, cells[cells.length - 1].trim());
    }

    Map<String, Row> rows() {
        return rows;
    }

    static boolean matches(String expected, int status) {
        return expected.equals("2xx") ? status / 100 == 2 : expected.equals(Integer.toString(status));
    }

    /** Writes the table back with these rows, in this order (record mode). */
    void write(List<Row> newRows) throws IOException {
        List<String> lines = new ArrayList<>(before);
        StringBuilder header = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Caller caller : Caller.values()) {
            header.append(' ').append(caller.header).append(" |");
            rule.append("---|");
        }
        lines.add(header.append(" why |").toString());
        lines.add(rule.append("---|").toString());
        for (Row row : newRows) {
            StringBuilder line = new StringBuilder("| `" + row.operation() + "` |");
            row.expected().values().forEach(cell -> line.append(' ').append(cell).append(" |"));
            lines.add(line.append(' ').append(row.why()).append(row.why().isEmpty() ? "|" : " |").toString());
        }
        lines.addAll(after);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
