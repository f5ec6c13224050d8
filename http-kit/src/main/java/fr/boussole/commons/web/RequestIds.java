package fr.boussole.commons.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id every part of the suite logs and returns: header name, log key and what a valid id looks like. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids from outside are kept only when they cannot inject anything into a log line or a header. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private RequestIds() {
    }

    /** The caller's id when it is acceptable, else a new random one. */
    public static String keepOrCreate(String fromCaller) {
        if (fromCaller != null && ACCEPTED.matcher(fromCaller).matches()) {
            return fromCaller;
        }
        return UUID.randomUUID().toString();
    }
}
