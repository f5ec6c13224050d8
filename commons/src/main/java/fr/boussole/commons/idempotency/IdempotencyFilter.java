package fr.boussole.commons.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

import fr.boussole.commons.problem.ProblemType;
import fr.boussole.commons.problem.Problems;
import fr.boussole.commons.web.RequestIds;
import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code Idempotency-Key} on every {@code POST} of a service (IETF draft "The Idempotency-Key HTTP Header Field"):
 * the first request with a key runs and its answer is stored; the same key with the same request (method, path,
 * query and body) gets that stored answer again, marked {@code Idempotent-Replayed: true}, without running twice;
 * the same key with another request gets 422; while the first is still running, 409. A secret the first answer
 * gave ({@link ShownOnce}) is not stored, so a replay does not give it again. Keys belong to the caller
 * (token subject, or anonymous: then at least 16 characters, since anonymous callers share one key space) and
 * expire after {@code boussole.idempotency.time-to-live} (a day). A key claimed by a request that never answered (a
 * crash) is free again after {@code boussole.idempotency.claim-timeout} (a minute).
 * <p>
 * Answers the server failed on (5xx) are not stored: the key is freed so the client can retry. Runs after
 * authentication, so a replay is only ever given to the caller who made the first request. On in every service
 * with a database; an application without one turns it off with {@code boussole.idempotency.enabled=false}.
 */
@Provider
@UnlessBuildProperty(name = "boussole.idempotency.enabled", stringValue = "false", enableIfMissing = true)
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** Anonymous callers share a key space, so their keys must be hard to guess. */
    private static final int ANONYMOUS_KEY_LENGTH = 16;
    /** Headers of an answer that belong to one exchange, not to the answer a replay gives again. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-type", "date", "connection",
            "transfer-encoding", "set-cookie", RequestIds.HEADER.toLowerCase(Locale.ROOT));

    private record Claim(String caller, String key, Instant at) {
    }

    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    /** The application's mapper, but blind to {@link ShownOnce} fields: what a stored answer is written with. */
    private final ObjectMapper storedAnswers;

    /**
     * @param claimTimeout how long a request may hold its key without an answer: past it, the claim is taken for
     *        the trace of a crash and a retry may claim the key again. Longer than any request runs (the gateway
     *        answers 504 after 30 s).
     */
    @Inject
    public IdempotencyFilter(DataSource dataSource, SecurityIdentity identity, ObjectMapper json,
            @ConfigProperty(name = "boussole.idempotency.time-to-live", defaultValue = "PT24H") Duration timeToLive,
            @ConfigProperty(name = "boussole.idempotency.claim-timeout", defaultValue = "PT1M")
            Duration claimTimeout) {
        this.store = new IdempotencyStore(dataSource, timeToLive, claimTimeout);
        this.identity = identity;
        this.storedAnswers = json.copy().setAnnotationIntrospector(AnnotationIntrospector.pair(
                new NopAnnotationIntrospector() {
                    @Override
                    public boolean hasIgnoreMarker(AnnotatedMember member) {
                        return member.hasAnnotation(ShownOnce.class);
                    }
                }, json.getSerializationConfig().getAnnotationIntrospector()));
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HEADER);
        if (header == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String key = unquoted(header.strip());
        String instance = request.getUriInfo().getRequestUri().getPath();
        if (!VALID_KEY.matcher(key).matches()) {
            request.abortWith(Problems.response(ProblemType.VALIDATION_ERROR,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, a UUID for instance", instance,
                    List.of()).build());
            return;
        }
        if (identity.isAnonymous() && key.length() < ANONYMOUS_KEY_LENGTH) {
            // callers without a token share one key space: a short key could be someone else's
            request.abortWith(Problems.response(ProblemType.VALIDATION_ERROR, "Without a token, Idempotency-Key must"
                    + " be at least " + ANONYMOUS_KEY_LENGTH + " characters: use a UUID", instance, List.of()).build());
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = identity.isAnonymous() ? "anonymous" : "user:" + identity.getPrincipal().getName();
        String fingerprint = fingerprint(request, body);
        try {
            Optional<Instant> claimed = store.claim(caller, key, fingerprint);
            if (claimed.isPresent()) {
                request.setProperty(CLAIM, new Claim(caller, key, claimed.get()));
                return;
            }
            Optional<IdempotencyStore.Claimed> holder = store.claimed(caller, key);
            if (holder.isEmpty()) {
                // Freed by a failed first request between the two statements: as if still in progress.
                request.abortWith(inProgress(instance));
            } else if (!holder.get().fingerprint().equals(fingerprint)) {
                request.abortWith(Problems.response(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was first sent with another request (method, path, query or body);"
                                + " use a new key for a new request", instance, List.of()).build());
            } else if (holder.get().answer().isEmpty()) {
                request.abortWith(inProgress(instance));
            } else {
                request.abortWith(replay(holder.get().answer().get()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency records could not be read", e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Claim)) {
            return;
        }
        Claim claim = (Claim) request.getProperty(CLAIM);
        try {
            Object entity = response.getEntity();
            // No type yet means the writer will choose it, and for the suite's objects that is JSON.
            MediaType type = response.getMediaType() == null && entity != null && !(entity instanceof String)
                    ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            boolean replayable = entity == null || entity instanceof String || isJson(type);
            if (response.getStatus() >= 500 || !replayable) {
                store.release(claim.caller(), claim.key(), claim.at());
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            response.getStringHeaders().forEach((name, values) -> {
                if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.put(name, String.join(", ", values));
                }
            });
            String body = entity == null ? null
                    : entity instanceof String ? (String) entity : storedAnswers.writeValueAsString(entity);
            if (!store.complete(claim.caller(), claim.key(), claim.at(), new IdempotencyStore.StoredAnswer(
                    response.getStatus(), type == null ? null : type.toString(), headers, body))) {
                LOG.warnf("A request with Idempotency-Key %s ran longer than the claim timeout and its key was"
                        + " claimed again meanwhile: its answer is not stored", claim.key());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The answer to an idempotent request could not be stored", e);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static Response replay(IdempotencyStore.StoredAnswer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        answer.headers().forEach(replay::header);
        if (answer.body() != null) {
            replay.entity(answer.body()).type(answer.contentType());
        }
        return replay.build();
    }

    private static Response inProgress(String instance) {
        return Problems.response(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still being processed; retry in a moment", instance, List.of())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .build();
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                    + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("") + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The draft's header is a structured-field string ("…"); a bare token is accepted too. */
    private static String unquoted(String key) {
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1)
                : key;
    }
}
