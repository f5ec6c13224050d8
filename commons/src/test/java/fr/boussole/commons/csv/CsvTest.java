package fr.boussole.commons.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertThat(Csv.line(List.of("innov-up", "Innov'up"))).isEqualTo("innov-up,Innov'up\r\n");
        assertThat(Csv.line(Arrays.asList("a,b", null, "dit \"oui\"", "deux\nlignes")))
                .isEqualTo("\"a,b\",,\"dit \"\"oui\"\"\",\"deux\nlignes\"\r\n");
    }

    @Test
    void readsWhatItWritesAndWhatSpreadsheetsWrite() {
        List<String> values = List.of("a,b", "", "dit \"oui\"", "deux\r\nlignes", "Île");
        assertThat(fields(Csv.read(Csv.line(values) + Csv.line(List.of("x"))))).containsExactly(values,
                List.of("x"));
        assertThat(Csv.read("\uFEFFid,nom\nun,Un\n\ndeux,\"Deux\"")).containsExactly(
                new Csv.Row(1, List.of("id", "nom")), new Csv.Row(2, List.of("un", "Un")),
                new Csv.Row(4, List.of("deux", "Deux")));
        assertThat(fields(Csv.read("a,\"\"\r\n"))).containsExactly(List.of("a", ""));
    }

    @Test
    void readsTheSemicolonsOfFrenchSpreadsheets() {
        assertThat(fields(Csv.read("id_aide;nom_aide\r\ncheque-ia;\"Chèque IA; Bretagne\"\r\nx;1,5\r\n")))
                .containsExactly(List.of("id_aide", "nom_aide"), List.of("cheque-ia", "Chèque IA; Bretagne"),
                        List.of("x", "1,5"));
        assertThat(Csv.delimiterOf("\"a;b;c\",d\n")).as("semicolons inside quotes do not count").isEqualTo(',');
    }

    @Test
    void malformedQuotingIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Csv.read("a,b\r\nc,\"d\r\n")).isInstanceOf(Csv.MalformedCsvException.class)
                .hasMessageStartingWith("line ").hasMessageContaining("closing quote");
        assertThatThrownBy(() -> Csv.read("a,b\r\nc,d\r\n\"e\"f,g\r\n"))
                .isInstanceOfSatisfying(Csv.MalformedCsvException.class,
                        malformed -> assertThat(malformed.line()).isEqualTo(3))
                .hasMessageContaining("separator");
    }

    @Test
    void formulasAreMadeInertAndComeBackAsTheyWere() {
        for (String formula : List.of("=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\tx",
                "\rx")) {
            assertThat(Csv.inert(formula)).isEqualTo("'" + formula);
            assertThat(Csv.uninert(Csv.inert(formula))).isEqualTo(formula);
        }
        for (String plain : List.of("Innov'up", "'quoted'", "2026-01-01", "", "a=b")) {
            assertThat(Csv.inert(plain)).isEqualTo(plain);
            assertThat(Csv.uninert(plain)).isEqualTo(plain);
        }
        assertThat(Csv.inert(null)).isNull();
    }

    private static List<List<String>> fields(List<Csv.Row> rows) {
        return rows.stream().map(Csv.Row::fields).toList();
    }
}
