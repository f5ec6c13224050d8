package fr.boussole.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The circuit of one upstream, on a clock the test moves. */
class UpstreamCircuitTest {

    private long now;
    private final UpstreamCircuit circuit = new UpstreamCircuit(3, Duration.ofSeconds(10), () -> now);

    private void failTimes(int failures) {
        for (int i = 0; i < failures; i++) {
            assertThat(circuit.allows()).isTrue();
            circuit.failed();
        }
    }

    @Test
    void opensAfterFailuresInARowAndASuccessResetsTheCount() {
        failTimes(2);
        circuit.succeeded();
        failTimes(2);
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.CLOSED);
        failTimes(1);
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.OPEN);
        assertThat(circuit.allows()).isFalse();
        now += Duration.ofSeconds(4).toNanos();
        assertThat(circuit.retryAfterSeconds()).isEqualTo(6);
    }

    @Test
    void afterTheDelayOneTrialGoesThroughAndItsOutcomeDecides() {
        failTimes(3);
        now += Duration.ofSeconds(10).toNanos();
        assertThat(circuit.allows()).isTrue();
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.HALF_OPEN);
        assertThat(circuit.allows()).as("a second call while the trial runs").isFalse();
        circuit.failed();
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.OPEN);
        assertThat(circuit.retryAfterSeconds()).isEqualTo(10);

        now += Duration.ofSeconds(10).toNanos();
        assertThat(circuit.allows()).isTrue();
        circuit.succeeded();
        assertThat(circuit.state()).isEqualTo(UpstreamCircuit.State.CLOSED);
        assertThat(circuit.allows()).isTrue();
        assertThat(circuit.allows()).isTrue();
    }
}
