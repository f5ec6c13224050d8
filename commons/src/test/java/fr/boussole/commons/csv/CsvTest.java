package fr.boussole.commons.csv;

import static org.assertj.core.api.Assertions.assertThat;

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
}
