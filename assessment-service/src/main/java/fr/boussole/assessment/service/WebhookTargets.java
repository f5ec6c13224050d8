package fr.boussole.assessment.service;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.boussole.assessment.config.WebhookSettings;

/**
 * Keeps webhooks from being turned against the inside of the platform (server-side request forgery): a target
 * must be an HTTPS URL whose host resolves only to public addresses. Loopback, private (RFC 1918, unique-local
 * IPv6), shared (100.64/10), link-local (cloud metadata at 169.254.169.254), unspecified and multicast addresses
 * are refused, unless {@code boussole.webhooks.allowed-private-networks} names their network (then plain HTTP is
 * allowed too). Checked when a subscription is written and again before every attempt, since DNS answers change.
 */
@ApplicationScoped
public class WebhookTargets {

    private final List<Network> allowedPrivateNetworks;

    WebhookTargets(WebhookSettings settings) {
        this.allowedPrivateNetworks = settings.allowedPrivateNetworks().orElse(List.of()).stream()
                .map(Network::parse).toList();
    }

    /** Why this URL may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials; the signature authenticates the sender");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve");
        }
        boolean allPublic = true;
        for (InetAddress address : addresses) {
            if (isPublic(address)) {
                continue;
            }
            allPublic = false;
            if (allowedPrivateNetworks.stream().noneMatch(network -> network.contains(address))) {
                return Optional.of("resolves to a private, loopback or link-local address ("
                        + address.getHostAddress() + "), which webhooks may not reach");
            }
        }
        if (allPublic && !scheme.equals("https")) {
            return Optional.of("must use https");
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && first < 240;
        }
        // IPv6 unique local addresses, fc00::/7 (Java's isSiteLocalAddress only knows the deprecated fec0::/10)
        return (bytes[0] & 0xfe) != 0xfc;
    }

    /** An address block in CIDR notation. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            String[] parts = cidr.strip().split("/");
            try {
                byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : prefix.length * 8;
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + cidr);
                }
                return new Network(prefix, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("boussole.webhooks.allowed-private-networks: not a network: "
                        + cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
