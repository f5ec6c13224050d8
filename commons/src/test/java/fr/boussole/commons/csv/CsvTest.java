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
        assertThat(Csv.read(Csv.line(values) + Csv.line(List.of("x")))).containsExactly(values, List.of("x"));
        assertThat(Csv.read("\uFEFFid,nom\nun,Un\n\ndeux,\"Deux\"")).containsExactly(List.of("id", "nom"),
                List.of("un", "Un"), List.of("deux", "Deux"));
        assertThat(Csv.read("a,\"\"\r\n")).containsExactly(List.of("a", ""));
        assertThatThrownBy(() -> Csv.read("a,\"b\r\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not closed");
    }
}
