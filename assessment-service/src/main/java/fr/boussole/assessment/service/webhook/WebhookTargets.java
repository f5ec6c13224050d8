package fr.boussole.assessment.service.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.boussole.assessment.config.WebhookSettings;

/**
 * Keeps webhooks from being turned against the inside of the platform (server-side request forgery): a target
 * must be an HTTPS URL whose host resolves only to public addresses ({@link NonPublicNetworks}), unless
 * {@code boussole.webhooks.allowed-private-networks} names their network (then plain HTTP is allowed too). Checked
 * when a subscription is written and again before every attempt, since DNS answers change; an attempt then connects
 * to the address that was checked ({@link Reachable#address()}), never to what a second lookup might answer (DNS
 * rebinding). A refusal never names the address the host resolved to: it would let a subscriber map internal DNS.
 */
@ApplicationScoped
public class WebhookTargets {

    /** Looks a host name up; the system resolver in production. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What the check says of a URL. */
    public sealed interface Verdict permits Reachable, Refused {
    }

    /** A target that may receive webhooks, at the address that was checked. */
    public record Reachable(URI uri, InetAddress address) implements Verdict {

        public boolean tls() {
            return uri.getScheme().equalsIgnoreCase("https");
        }

        /** The host as the request names it (Host header, TLS server name), without an IPv6 literal's brackets. */
        public String host() {
            String host = uri.getHost();
            return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }

        public int port() {
            return uri.getPort() > 0 ? uri.getPort() : tls() ? 443 : 80;
        }

        /** Path and query, as sent on the request line. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + '?' + uri.getRawQuery();
        }
    }

    public record Refused(String reason) implements Verdict {
    }

    static final String NOT_PUBLIC = "has a host that does not resolve, or resolves to an address webhooks may not"
            + " reach (private, loopback, link-local, reserved or translated)";

    private final List<NonPublicNetworks.Network> allowedPrivateNetworks;
    private final HostResolver resolver;

    @Inject
    WebhookTargets(WebhookSettings settings) {
        this(settings.allowedPrivateNetworks().orElse(List.of()), InetAddress::getAllByName);
    }

    WebhookTargets(List<String> allowedPrivateNetworks, HostResolver resolver) {
        this.allowedPrivateNetworks = allowedPrivateNetworks.stream().map(NonPublicNetworks.Network::parse).toList();
        this.resolver = resolver;
    }

    /** Why this URL may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        return vet(url) instanceof Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }

    /** Resolves the URL's host once and judges every address it resolves to. */
    public Verdict vet(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return new Refused("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return new Refused("must not carry credentials; the signature authenticates the sender");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return new Refused(NOT_PUBLIC);
        }
        if (addresses.length == 0) {
            return new Refused(NOT_PUBLIC);
        }
        boolean allPublic = true;
        for (InetAddress address : addresses) {
            if (NonPublicNetworks.isPublic(address)) {
                continue;
            }
            allPublic = false;
            if (allowedPrivateNetworks.stream().noneMatch(network -> network.contains(address))) {
                return new Refused(NOT_PUBLIC);
            }
        }
        if (allPublic && !scheme.equals("https")) {
            return new Refused("must use https");
        }
        return new Reachable(uri, addresses[0]);
    }
}
