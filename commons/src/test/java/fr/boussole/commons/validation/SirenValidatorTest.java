package fr.boussole.commons.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SirenValidatorTest {

    @Test
    void acceptsNineDigitsWithAValidChecksum() {
        // The demo companies of the realm, and La Poste's SIREN.
        assertThat(SirenValidator.isSiren("901122333")).isTrue();
        assertThat(SirenValidator.isSiren("904455664")).isTrue();
        assertThat(SirenValidator.isSiren("356000000")).isTrue();
    }

    @Test
    void refusesAWrongChecksumOrShape() {
        assertThat(SirenValidator.isSiren("901122334")).isFalse();
        assertThat(SirenValidator.isSiren("90112233")).isFalse();
        assertThat(SirenValidator.isSiren("9011223330")).isFalse();
        assertThat(SirenValidator.isSiren("90112233A")).isFalse();
        assertThat(SirenValidator.isSiren("901 122 333")).isFalse();
    }
}
