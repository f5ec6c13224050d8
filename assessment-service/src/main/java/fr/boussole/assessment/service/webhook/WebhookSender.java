package fr.boussole.assessment.service.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.boussole.assessment.config.WebhookSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Posts one webhook to the address its target was checked at ({@link WebhookTargets#vet}): the connection goes to
 * that address, while the request and TLS still name the URL's host (Host header, server name indication, and the
 * certificate checked against that name). Nothing is looked up again between the check and the connection, so a
 * host whose DNS answer changes meanwhile (DNS rebinding) cannot lead the request inside the platform. Redirects
 * are not followed; the receiver's body is read and dropped, at most {@link #MAX_BODY_BYTES}.
 */
@ApplicationScoped
public class WebhookSender {

    /** The receiver's status, or why there was none. */
    public record Result(Integer statusCode, String error) {
    }

    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final Vertx vertx;
    private final WebhookTargets targets;
    private final Duration requestTimeout;
    private final HttpClient http;

    @Inject
    WebhookSender(Vertx vertx, WebhookTargets targets, WebhookSettings settings) {
        this(vertx, targets, settings.requestTimeout(), new HttpClientOptions());
    }

    /** @param options TLS trust and the like; the rest is set here */
    WebhookSender(Vertx vertx, WebhookTargets targets, Duration requestTimeout, HttpClientOptions options) {
        this.vertx = vertx;
        this.targets = targets;
        this.requestTimeout = requestTimeout;
        this.http = vertx.createHttpClient(new HttpClientOptions(options)
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(true));
    }

    public CompletableFuture<Result> send(String url, Map<String, String> headers, String body) {
        WebhookTargets.Verdict verdict = targets.vet(url);
        if (verdict instanceof WebhookTargets.Refused refused) {
            return CompletableFuture.completedFuture(new Result(null, "target " + refused.reason()));
        }
        WebhookTargets.Reachable target = (WebhookTargets.Reachable) verdict;
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.requestUri())
                .setFollowRedirects(false);
        headers.forEach(request::putHeader);
        CompletableFuture<Result> result = new CompletableFuture<>();
        http.request(request).onFailure(failure -> result.complete(failed(failure))).onSuccess(sent -> {
            // a receiver that answers too slowly, or trickles its answer, is cut off at the request timeout
            long timer = vertx.setTimer(requestTimeout.toMillis(), ignored -> {
                if (result.complete(new Result(null, "the receiver did not answer within " + requestTimeout))) {
                    sent.reset();
                }
            });
            result.whenComplete((done, failure) -> vertx.cancelTimer(timer));
            sent.send(body).onSuccess(response -> drain(response, result))
                    .onFailure(failure -> result.complete(failed(failure)));
        });
        return result;
    }

    /** Reads the body away so the connection can serve the next delivery, or closes it when the body is too long. */
    private static void drain(HttpClientResponse response, CompletableFuture<Result> result) {
        Result answered = new Result(response.statusCode(), response.statusCode() / 100 == 2 ? null
                : "the receiver answered " + response.statusCode());
        long[] read = { 0 };
        response.handler(chunk -> {
            read[0] += chunk.length();
            if (read[0] > MAX_BODY_BYTES) {
                response.request().connection().close();
                result.complete(answered);
            }
        });
        response.endHandler(end -> result.complete(answered));
        response.exceptionHandler(failure -> result.complete(answered));
    }

    private static Result failed(Throwable failure) {
        return new Result(null, failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }
}
