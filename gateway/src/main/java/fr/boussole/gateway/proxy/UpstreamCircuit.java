package fr.boussole.gateway.proxy;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one upstream. After {@code failureThreshold} failures in a row (no connection, no answer
 * in time) it opens: calls are answered 503 at once for {@code openFor}. Then one call is let through; its success
 * closes the circuit, its failure opens it again. HTTP statuses, even 5xx, are answers, not failures: the service
 * is there and says why.
 */
final class UpstreamCircuit {

    enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int failuresInARow;
    private long openUntil;
    private boolean trialInFlight;

    UpstreamCircuit(int failureThreshold, Duration openFor, LongSupplier clock) {
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.clock = clock;
    }

    /** Whether a call may go to the upstream now; when open, none may, and in half-open only one trial. */
    synchronized boolean allows() {
        if (state == State.OPEN && clock.getAsLong() - openUntil >= 0) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            if (trialInFlight) {
                return false;
            }
            trialInFlight = true;
            return true;
        }
        return state == State.CLOSED;
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        failuresInARow = 0;
        trialInFlight = false;
    }

    synchronized void failed() {
        failuresInARow++;
        if (state == State.HALF_OPEN || failuresInARow >= failureThreshold) {
            state = State.OPEN;
            openUntil = clock.getAsLong() + openForNanos;
            trialInFlight = false;
        }
    }

    synchronized State state() {
        return state;
    }

    /** Whole seconds before a call is tried again, at least 1. */
    synchronized long retryAfterSeconds() {
        long remaining = Math.max(0, openUntil - clock.getAsLong());
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
