package dev.vyoslab.world;

import dev.vyoslab.config.Prefix;
import java.net.InetAddress;

/** Every default address of the simulated world, declared once; only documentation ranges (RFC 5737, RFC 3849). */
public final class Defaults {

    /** The Internet segment. */
    public static final Prefix INTERNET = prefix("198.51.100.0/24");
    public static final InetAddress WHOAMI = address("198.51.100.10");
    public static final InetAddress INTERNET_HOST = address("198.51.100.20");
    public static final InetAddress DNS = address("198.51.100.53");
    public static final InetAddress DNS_API = address("198.51.100.80");
    /** The AFTR's and the BRAS's feet on the Internet segment. */
    public static final InetAddress AFTR_INTERNET = address("198.51.100.2");
    public static final InetAddress BRAS_INTERNET = address("198.51.100.3");
    /** What the Internet sees for traffic through the AFTR's NAT44. */
    public static final InetAddress AFTR_PUBLIC = address("192.0.2.1");
    /** The BRAS's own end of PPPoE sessions, and the address it hands out. */
    public static final InetAddress BRAS_PPP_LOCAL = address("203.0.113.1");
    public static final InetAddress PPPOE_ADDRESS = address("203.0.113.10");
    /** The WAN prefix when the config names no tunnel source, and the router's WAN MAC then. */
    public static final Prefix WAN_PREFIX = prefix("2001:db8:1:1::/64");
    public static final String ROUTER_WAN_MAC = "52:54:00:12:34:56";
    public static final String ROUTER_LAN_MAC = "52:54:00:12:34:57";
    /** The AFTR when the config names none. */
    public static final InetAddress AFTR_REMOTE = address("2001:db8:ffff::1");

    private Defaults() {
    }

    static Prefix prefix(String text) {
        return Prefix.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    static InetAddress address(String text) {
        return prefix(text + (text.contains(":") ? "/128" : "/32")).address();
    }
}
