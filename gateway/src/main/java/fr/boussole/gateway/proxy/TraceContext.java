package fr.boussole.gateway.proxy;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C Trace Context: the {@code traceparent} a caller sends is forwarded as it is; a request without a valid one
 * gets a new trace, so the services' logs of one call can be tied together.
 */
final class TraceContext {

    static final String HEADER = "traceparent";
    private static final Pattern VALID = Pattern.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);

    private TraceContext() {
    }

    static boolean isValid(String traceparent) {
        if (traceparent == null || !VALID.matcher(traceparent).matches() || traceparent.startsWith("ff")) {
            return false;
        }
        String[] parts = traceparent.split("-");
        return !parts[1].equals(ZERO_TRACE) && !parts[2].equals(ZERO_PARENT);
    }

    /** A new sampled trace with a random trace id and parent id. */
    static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] trace = new byte[16];
        byte[] parent = new byte[8];
        do {
            random.nextBytes(trace);
            random.nextBytes(parent);
        } while (HexFormat.of().formatHex(trace).equals(ZERO_TRACE) || HexFormat.of().formatHex(parent)
                .equals(ZERO_PARENT));
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(parent) + "-01";
    }
}
