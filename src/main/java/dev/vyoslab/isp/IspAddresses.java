package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The simulated ISP's default addresses, each declared once; all from documentation ranges (RFC 5737, RFC 3849) or,
 * for the B4, the DS-Lite range of RFC 6333.
 *
 * <p>The Internet segment is 198.51.100.0/24; the AFTR's public address (192.0.2.0/24) and the PPPoE range
 * (203.0.113.0/24) sit behind the AFTR and the BRAS, and every Internet host routes them there.
 */
public final class IspAddresses {

    public static final Prefix INTERNET = prefix("198.51.100.0/24");
    public static final InetAddress AFTR_INTERNET = address("198.51.100.2");
    public static final InetAddress BRAS_INTERNET = address("198.51.100.3");
    public static final InetAddress WHOAMI = address("198.51.100.10");
    public static final InetAddress DNS_API = address("198.51.100.20");
    public static final InetAddress LAB_DNS = address("198.51.100.53");

    /** Where the AFTR's NAT44 puts every tunnelled flow; whoami seeing it means "came through DS-Lite". */
    public static final Prefix AFTR_PUBLIC_RANGE = prefix("192.0.2.0/24");
    public static final InetAddress AFTR_PUBLIC = address("192.0.2.1");
    /** The B4's inner IPv4 address (RFC 6333 section 5.7: 192.0.0.0/29, .2 for the B4). */
    public static final InetAddress B4_INNER = address("192.0.0.2");
    public static final int DSLITE_MTU = 1460;

    public static final Prefix PPPOE_RANGE = prefix("203.0.113.0/24");
    public static final InetAddress BRAS_PPP_LOCAL = address("203.0.113.1");
    public static final InetAddress PPPOE_CLIENT = address("203.0.113.10");
    public static final int PPPOE_MTU = 1454;

    /** The NGN's SLAAC prefix when the config does not dictate one. */
    public static final Prefix NGN_PREFIX = prefix("2001:db8:1::/64");
    /** The AFTR (tunnel remote) when the config does not dictate one; its /64 is announced on-link by the NGN. */
    public static final InetAddress AFTR_IPV6 = address("2001:db8:ffff::1");
    /** The lab resolver on the WAN, in the AFTR's on-link /64; handed out by stateless DHCPv6. */
    public static final InetAddress LAB_DNS_IPV6 = address("2001:db8:ffff::53");

    private IspAddresses() {
    }

    /** The address in its shortest form ({@code 2001:db8:ffff::53}), as config files and tools print it. */
    public static String literal(InetAddress address) {
        String text = Prefix.host(address).toString();
        return text.substring(0, text.lastIndexOf('/'));
    }

    static Prefix prefix(String text) {
        return Prefix.parse(text).orElseThrow(() -> new IllegalArgumentException("not a prefix: " + text));
    }

    public static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }

    static InetAddress address(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + raw.length + " bytes", e);
        }
    }
}
