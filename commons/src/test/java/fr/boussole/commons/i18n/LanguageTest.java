package fr.boussole.commons.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void frenchIsTheDefault() {
        assertThat(Language.preferred(List.of())).isEqualTo(Language.FR);
        assertThat(Language.preferred(List.of(new Locale("*")))).isEqualTo(Language.FR);
        assertThat(Language.preferred(List.of(Locale.GERMAN))).isEqualTo(Language.FR);
    }

    @Test
    void theFirstSupportedPreferenceWins() {
        assertThat(Language.preferred(List.of(Locale.UK))).isEqualTo(Language.EN);
        assertThat(Language.preferred(List.of(Locale.GERMAN, Locale.ENGLISH, Locale.FRENCH))).isEqualTo(Language.EN);
        assertThat(Language.preferred(List.of(Locale.CANADA_FRENCH, Locale.ENGLISH))).isEqualTo(Language.FR);
    }

    @Test
    void anAcceptLanguageHeaderIsReadByItsWeights() {
        assertThat(Language.ofHeader(null)).isEqualTo(Language.FR);
        assertThat(Language.ofHeader("en-GB,en;q=0.9")).isEqualTo(Language.EN);
        assertThat(Language.ofHeader("fr;q=0.5, en;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.ofHeader("de, fr-CA;q=0.7, en;q=0.6")).isEqualTo(Language.FR);
        assertThat(Language.ofHeader("en;q=0, de")).isEqualTo(Language.FR);
        assertThat(Language.ofHeader("*")).isEqualTo(Language.FR);
        assertThat(Language.ofHeader("en;q=banana")).isEqualTo(Language.FR);
    }
}
