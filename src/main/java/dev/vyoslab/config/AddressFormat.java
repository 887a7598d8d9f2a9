package dev.vyoslab.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The address checks of VyOS's validators, which call ipaddrcheck
 * ({@code // vyos-1x@1.3.4 src/validators/ipv4-host: ipaddrcheck --is-ipv4-host}); each method names the
 * ipaddrcheck function it follows ({@code vyos/ipaddrcheck src/ipaddrcheck_functions.c}).
 */
final class AddressFormat {

    private AddressFormat() {
    }

    /** {@code --is-ipv4-single} / {@code --is-ipv6-single}: a bare address, no prefix length. */
    static boolean single(String v, boolean v4) {
        return family(Addresses.parse(v), v4);
    }

    /** {@code is_ipv4_cidr}/{@code is_ipv6_cidr}: an address with a prefix length, any host bits. */
    static boolean cidr(String v, boolean v4) {
        return Prefix.parse(v).filter(p -> p.isIpv4() == v4).isPresent();
    }

    /** {@code is_ipv4_net}/{@code is_ipv6_net}: a prefix whose address is its network address. */
    static boolean network(String v, boolean v4) {
        return Prefix.parse(v).filter(p -> p.isIpv4() == v4 && p.equals(p.network())).isPresent();
    }

    /**
     * {@code is_ipv4_host}/{@code is_ipv6_host}: an address with a prefix length that is not the network
     * address, except on /31, /32 (IPv4) and /127, /128 (IPv6).
     */
    static boolean host(String v, boolean v4) {
        return Prefix.parse(v).filter(p -> p.isIpv4() == v4)
                .filter(p -> !p.equals(p.network()) || p.length() >= (v4 ? 31 : 127)).isPresent();
    }

    /** {@code --is-ipv4}: either a bare address or one with a prefix length. */
    static boolean any(String v, boolean v4) {
        return single(v, v4) || cidr(v, v4);
    }

    /** {@code --is-ipv4-range}: {@code a-b}, both of the family, {@code a <= b}. */
    static boolean range(String v, boolean v4) {
        int dash = v.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        Optional<InetAddress> lo = Addresses.parse(v.substring(0, dash));
        Optional<InetAddress> hi = Addresses.parse(v.substring(dash + 1));
        return family(lo, v4) && family(hi, v4) && Addresses.compare(lo.get(), hi.get()) <= 0;
    }

    /** 224.0.0.0/4 or ff00::/8 ({@code is_ipv4_multicast}, {@code is_ipv6_multicast}). */
    static boolean multicast(String v, boolean v4) {
        Optional<InetAddress> a = Addresses.parse(v);
        return family(a, v4) && a.get().isMulticastAddress();
    }

    /** fe80::/10 ({@code is_ipv6_link_local}). */
    static boolean linkLocal(String v) {
        Optional<InetAddress> a = Addresses.parse(v);
        return family(a, false) && a.get().isLinkLocalAddress();
    }

    /** Why a value meant for {@code host} is refused, in ipaddrcheck's words where it has them. */
    static Optional<String> hostProblem(String v, boolean v4) {
        if (single(v, v4)) {
            return Optional.of("an interface address needs a prefix length, e.g. " + v + (v4 ? "/24" : "/64"));
        }
        Optional<Prefix> p = Prefix.parse(v).filter(x -> x.isIpv4() == v4);
        if (p.isPresent() && p.get().equals(p.get().network())) {
            // ipaddrcheck src/ipaddrcheck.c IS_IPV4_HOST: "... is an IPv4 network address, not a host address"
            return Optional.of(v + " is the network address of " + p.get() + ", not a host address");
        }
        return Optional.empty();
    }

    /** Why a value meant for {@code network} is refused: host bits set, or no prefix length. */
    static Optional<String> networkProblem(String v, boolean v4) {
        Optional<Prefix> p = Prefix.parse(v).filter(x -> x.isIpv4() == v4);
        if (p.isPresent()) {
            return Optional.of("host bits are set; the network is " + p.get().network());
        }
        return single(v, v4) ? Optional.of("a network needs a prefix length") : Optional.empty();
    }

    /** Why a value meant for {@code single} is refused: it has a prefix length. */
    static Optional<String> singleProblem(String v, boolean v4) {
        int slash = v.indexOf('/');
        return slash > 0 && cidr(v, v4)
                ? Optional.of("this takes a bare address, without the prefix length '" + v.substring(slash) + "'")
                : Optional.empty();
    }

    private static boolean family(Optional<InetAddress> a, boolean v4) {
        return a.isPresent() && (a.get() instanceof Inet4Address) == v4;
    }
}
