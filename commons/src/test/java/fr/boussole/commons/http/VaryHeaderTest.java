package fr.boussole.commons.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VaryHeaderTest {

    @Test
    void namesEachHeaderOnceWhateverItsCaseOrHowItWasSent() {
        assertThat(VaryHeader.merged(List.of(), "Origin")).isEqualTo("Origin");
        assertThat(VaryHeader.merged(List.of("Accept-Language"), "Origin")).isEqualTo("Accept-Language, Origin");
        assertThat(VaryHeader.merged(List.of("accept, Accept-Language", "Authorization"), "Accept", "Origin"))
                .isEqualTo("accept, Accept-Language, Authorization, Origin");
        assertThat(VaryHeader.merged(List.of("Origin"), "origin")).isEqualTo("Origin");
        assertThat(VaryHeader.merged(List.of("*"), "Origin")).as("varies on everything already").isEqualTo("*");
    }
}
