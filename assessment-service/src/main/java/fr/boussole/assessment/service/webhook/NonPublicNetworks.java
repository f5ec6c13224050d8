package fr.boussole.assessment.service.webhook;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address blocks a webhook may not reach: those of the IANA special-purpose address registries that are not
 * globally reachable (private, loopback, link-local, shared, reserved, documentation, benchmarking, multicast), and
 * the IPv6 blocks that carry an IPv4 address inside them (IPv4-mapped and -compatible, NAT64, 6to4, Teredo), through
 * which a private IPv4 address could be reached under an IPv6 one.
 */
final class NonPublicNetworks {

    /** An address block in CIDR notation. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            String[] parts = cidr.strip().split("/");
            try {
                byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
                if (prefix.length == 4 && parts[0].contains(":")) {
                    // Java reads an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 one: keep it IPv6
                    prefix = ByteBuffer.allocate(16).put(10, (byte) 0xff).put(11, (byte) 0xff).put(12, prefix)
                            .array();
                }
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : prefix.length * 8;
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + cidr);
                }
                return new Network(prefix, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a network: " + cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            return contains(address.getAddress());
        }

        boolean contains(byte[] bytes) {
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

    static final List<Network> BLOCKED = List.of(
            "0.0.0.0/8",          // "this network"
            "10.0.0.0/8",         // private (RFC 1918)
            "100.64.0.0/10",      // shared address space of carrier-grade NAT
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local, where cloud metadata services listen
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments
            "192.0.2.0/24",       // documentation (TEST-NET-1)
            "192.88.99.0/24",     // 6to4 relay anycast
            "192.168.0.0/16",     // private
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation (TEST-NET-2)
            "203.0.113.0/24",     // documentation (TEST-NET-3)
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4",        // reserved, and the broadcast address
            "::/96",              // unspecified, loopback and IPv4-compatible
            "::ffff:0:0/96",      // IPv4-mapped
            "64:ff9b::/96",       // NAT64
            "64:ff9b:1::/48",     // local-use NAT64
            "100::/64",           // discard-only
            "2001::/23",          // IETF protocol assignments, Teredo (2001::/32) among them
            "2001:db8::/32",      // documentation
            "2002::/16",          // 6to4
            "3fff::/20",          // documentation
            "5f00::/16",          // segment routing
            "fc00::/7",           // unique local
            "fe80::/10",          // link-local
            "fec0::/10",          // site-local, deprecated
            "ff00::/8")           // multicast
            .stream().map(Network::parse).toList();

    private NonPublicNetworks() {
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        return BLOCKED.stream().noneMatch(network -> network.contains(bytes));
    }
}
