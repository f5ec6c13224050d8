package fr.boussole.commons.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.boussole.commons.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Only canonical paths are served: a path is read the same way by every layer that reads it (the gateway's role
 * rules and routes, the service's security and resources), or it is refused with a 400 problem before any of them.
 * Refused: matrix parameters ({@code ;x}), dot segments ({@code .} and {@code ..}, encoded or not), empty segments
 * ({@code //}, except a trailing slash), backslashes, percent-encoded slashes, backslashes and semicolons, and
 * percent-encoding that is not UTF-8. No URL of the API needs any of these; each has been used to make one layer
 * see another path than the next (a role rule matching {@code /curation;x/…} as something else than
 * {@code /curation/…}, which the service then serves).
 */
@ApplicationScoped
public class CanonicalPaths {

    /** The routing context's entry holding the decoded path, once known to be canonical. */
    public static final String DECODED_PATH = CanonicalPaths.class.getName() + ".decoded";
    /** After the request id (and the gateway's security headers), before anything that reads the path. */
    static final int PRIORITY = 19_850;

    void register(@Observes Filters filters) {
        filters.register(routingContext -> {
            Optional<String> decoded = decode(routingContext.request().path());
            if (decoded.isEmpty()) {
                HttpProblemRoutes.send(routingContext, ProblemType.BAD_REQUEST, "The path is not in canonical form:"
                        + " no matrix parameters (;), dot segments, empty segments, backslashes, or encoded slashes,"
                        + " backslashes and semicolons");
                return;
            }
            routingContext.put(DECODED_PATH, decoded.get());
            routingContext.next();
        }, PRIORITY);
    }

    /** The decoded path of a request, as {@link #register} checked it. */
    public static String decodedPath(RoutingContext routingContext) {
        String decoded = routingContext.get(DECODED_PATH);
        return decoded != null ? decoded : decode(routingContext.request().path()).orElse("");
    }

    /** The path with its percent-encoding decoded, or empty when it is not canonical. */
    public static Optional<String> decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf(';') >= 0 || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        StringBuilder decoded = new StringBuilder(rawPath.length());
        String[] segments = rawPath.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            Optional<String> segment = decodeSegment(segments[i]);
            if (segment.isEmpty() || !isPlain(segment.get(), i == segments.length - 1)) {
                return Optional.empty();
            }
            decoded.append('/').append(segment.get());
        }
        return Optional.of(decoded.toString());
    }

    /** A decoded segment that means itself: not empty (unless it ends the path), no dots alone, no separators. */
    private static boolean isPlain(String segment, boolean last) {
        return (!segment.isEmpty() || last) && !segment.equals(".") && !segment.equals("..")
                && segment.indexOf('/') < 0 && segment.indexOf('\\') < 0 && segment.indexOf(';') < 0;
    }

    private static Optional<String> decodeSegment(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
                continue;
            }
            if (i + 2 >= segment.length()) {
                return Optional.empty();
            }
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
