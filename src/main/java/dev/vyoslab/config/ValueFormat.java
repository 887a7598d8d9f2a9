package dev.vyoslab.config;

import java.util.HashMap;
import java.util.Map;

/**
 * The fixed set of named value formats a command tree may use ({@code is:NAME}): VyOS's validator names
 * (vyos-1x {@code src/validators/}, vyos-utils), vyatta-cfg's types mapped onto them ({@code ipv4net} is
 * {@link #IPV4_NET}: an address with prefix length, host bits allowed), and the few vyatta-validate-type
 * types the 1.3 templates exec. docs/command-tree.md gives the mapping. A tree naming anything else fails to load.
 */
enum ValueFormat {
    U32("u32", "a number 0-4294967295"),
    IPV4_ADDRESS("ipv4-address", "an IPv4 address"),
    IPV4_PREFIX("ipv4-prefix", "an IPv4 network, e.g. 192.0.2.0/24"),
    IPV4_HOST("ipv4-host", "an IPv4 address with prefix length, e.g. 192.0.2.1/24"),
    IPV4_NET("ipv4-net", "an IPv4 address with prefix length"),
    IPV4_RANGE("ipv4-range", "an IPv4 range, e.g. 192.0.2.10-192.0.2.20"),
    IPV4_RANGE_MASK("ipv4-range-mask", "ipv4-range-mask"),
    IPV4_MULTICAST("ipv4-multicast", "an IPv4 multicast address"),
    IPV4("ipv4", "an IPv4 address or prefix"),
    IPV4_ADDRESS_EXCLUDE("ipv4-address-exclude", "an IPv4 address after '!'"),
    IPV4_PREFIX_EXCLUDE("ipv4-prefix-exclude", "an IPv4 network after '!'"),
    IPV4_RANGE_EXCLUDE("ipv4-range-exclude", "an IPv4 range after '!'"),
    IPV6_ADDRESS("ipv6-address", "an IPv6 address"),
    IPV6_PREFIX("ipv6-prefix", "an IPv6 network, e.g. 2001:db8::/64"),
    IPV6_HOST("ipv6-host", "an IPv6 address with prefix length, e.g. 2001:db8::1/64"),
    IPV6_NET("ipv6-net", "an IPv6 address with prefix length"),
    IPV6_RANGE("ipv6-range", "an IPv6 range"),
    IPV6_MULTICAST("ipv6-multicast", "an IPv6 multicast address"),
    IPV6_LINK_LOCAL("ipv6-link-local", "an IPv6 link-local address"),
    IPV6_EUI64_PREFIX("ipv6-eui64-prefix", "an IPv6 /64 prefix, e.g. 2001:db8:0:1::/64"),
    IPV6_DUID("ipv6-duid", "ipv6-duid"),
    IPV6("ipv6", "an IPv6 address or prefix"),
    IPV6_ADDRESS_EXCLUDE("ipv6-address-exclude", "an IPv6 address after '!'"),
    IPV6_PREFIX_EXCLUDE("ipv6-prefix-exclude", "an IPv6 network after '!'"),
    IPV6_RANGE_EXCLUDE("ipv6-range-exclude", "an IPv6 range after '!'"),
    IPV6_EXCLUDE("ipv6-exclude", "ipv6-exclude"),
    IPV6_SRV6_SEGMENTS("ipv6-srv6-segments", "ipv6-srv6-segments"),
    IP_ADDRESS("ip-address", "an IPv4 or IPv6 address"),
    IP_PREFIX("ip-prefix", "an IPv4 or IPv6 network"),
    IP_HOST("ip-host", "an IPv4 or IPv6 address with prefix length, e.g. 192.0.2.1/24"),
    IP_CIDR("ip-cidr", "an IPv4 or IPv6 address with prefix length"),
    IP_PROTOCOL("ip-protocol", "ip-protocol"),
    IP_PROTOCOL_NEGATABLE("ip-protocol-negatable", "ip-protocol-negatable"),
    MAC_ADDRESS("mac-address", "a MAC address, e.g. 00:53:00:11:22:33"),
    MAC_ADDRESS_EXCLUDE("mac-address-exclude", "a MAC address after '!'"),
    MAC_ADDRESS_NEGATABLE("mac-address-negatable", "a MAC address, optionally after '!'"),
    PORT_RANGE("port-range", "a port (1-65535), a range like 1000-2000, or a service name"),
    PORT_MULTI("port-multi", "ports, port ranges or service names separated by commas"),
    PORT_RANGE_EXCLUDE("port-range-exclude", "port-range-exclude"),
    NUMERIC_EXCLUDE("numeric-exclude", "numeric-exclude"),
    FQDN("fqdn", "fqdn"),
    URL("url", "url"),
    URL_FILE_TRANSPORT("url-file-transport", "url-file-transport"),
    BASE64("base64", "base64"),
    TIMEZONE("timezone", "timezone"),
    VRF_NAME("vrf-name", "vrf-name"),
    DOTTED_DECIMAL("dotted-decimal", "dotted-decimal"),
    ALLOWED_VLAN("allowed-vlan", "allowed-vlan"),
    PSK_SECRET("psk-secret", "psk-secret"),
    DDCLIENT_PROTOCOL("ddclient-protocol", "ddclient-protocol"),
    AS_NUMBER_LIST("as-number-list", "as-number-list"),
    BGP_ROUTE_DISTINGUISHER("bgp-route-distinguisher", "bgp-route-distinguisher"),
    BGP_ROUTE_TARGET("bgp-route-target", "bgp-route-target"),
    BGP_ROUTE_TARGET_MULTI("bgp-route-target-multi", "bgp-route-target-multi"),
    BGP_EXTENDED_COMMUNITY("bgp-extended-community", "bgp-extended-community"),
    BGP_LARGE_COMMUNITY("bgp-large-community", "bgp-large-community"),
    BGP_LARGE_COMMUNITY_LIST("bgp-large-community-list", "bgp-large-community-list"),
    BGP_REGULAR_COMMUNITY("bgp-regular-community", "bgp-regular-community");

    private static final Map<String, ValueFormat> BY_ID = new HashMap<>();

    static {
        for (ValueFormat f : values()) {
            BY_ID.put(f.id, f);
        }
    }

    private static final java.util.regex.Pattern MAC = java.util.regex.Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");

    private final String id;
    private final String description;

    ValueFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** What the format accepts, in words for a diagnostic; the validator's name where there is no better one. */
    String description() {
        return description;
    }

    /** True for the address formats, where a placeholder cannot be a real value. */
    boolean isAddress() {
        return id.startsWith("ip");
    }

    /**
     * Whether {@code value} has this format, as VyOS's validator decides (vyos-1x src/validators/, which call
     * ipaddrcheck; see {@link AddressFormat}); formats needing the router or not ported yet say NOT_CHECKED.
     */
    ValueRule.Verdict check(String value) {
        if (this == IPV4_ADDRESS_EXCLUDE || this == IPV4_PREFIX_EXCLUDE || this == IPV4_RANGE_EXCLUDE
                || this == IPV6_ADDRESS_EXCLUDE || this == IPV6_PREFIX_EXCLUDE || this == IPV6_RANGE_EXCLUDE
                || this == MAC_ADDRESS_EXCLUDE) {
            // vyos-1x@1.4.0 src/validators/ipv4-address-exclude: a '!' before the address, then ipv4-address
            return value.startsWith("!") ? byId(id.substring(0, id.length() - "-exclude".length()))
                    .check(value.substring(1)) : ValueRule.Verdict.REFUSES;
        }
        Boolean ok = switch (this) {
            case U32 -> value.matches("[0-9]{1,10}") && Long.parseLong(value) <= 0xFFFF_FFFFL;
            case IPV4_ADDRESS -> AddressFormat.single(value, true);
            case IPV6_ADDRESS -> AddressFormat.single(value, false);
            case IP_ADDRESS -> AddressFormat.single(value, true) || AddressFormat.single(value, false);
            case IPV4_PREFIX -> AddressFormat.network(value, true);
            case IPV6_PREFIX -> AddressFormat.network(value, false);
            case IP_PREFIX -> AddressFormat.network(value, true) || AddressFormat.network(value, false);
            case IPV4_HOST -> AddressFormat.host(value, true);
            case IPV6_HOST -> AddressFormat.host(value, false);
            case IP_HOST -> AddressFormat.host(value, true) || AddressFormat.host(value, false);
            case IPV4_NET -> AddressFormat.cidr(value, true);
            case IPV6_NET -> AddressFormat.cidr(value, false);
            case IP_CIDR -> AddressFormat.cidr(value, true) || AddressFormat.cidr(value, false);
            case IPV4 -> AddressFormat.any(value, true);
            case IPV6 -> AddressFormat.any(value, false);
            case IPV4_RANGE -> AddressFormat.range(value, true);
            case IPV6_RANGE -> AddressFormat.range(value, false);
            case IPV4_MULTICAST -> AddressFormat.multicast(value, true);
            case IPV6_MULTICAST -> AddressFormat.multicast(value, false);
            case IPV6_LINK_LOCAL -> AddressFormat.linkLocal(value);
            case MAC_ADDRESS -> MAC.matcher(value).matches();
            case MAC_ADDRESS_NEGATABLE -> MAC.matcher(value.startsWith("!") ? value.substring(1) : value).matches();
            // vyos-1x@1.3.4 src/validators/port-range: N or A-B within 1-65535, A <= B; names from /etc/services
            case PORT_RANGE -> portRange(value);
            // vyos-1x@1.4.0 src/validators/port-multi: a comma-separated list of port-range values
            case PORT_MULTI -> portMulti(value);
            // vyos-1x@1.3.4 (also 1.4.0, current) src/validators/ipv6-eui64-prefix: prefix.split('/')[1] == '64'
            // (without a '/' the IndexError exits 1 too)
            case IPV6_EUI64_PREFIX -> value.split("/", -1).length > 1 && value.split("/", -1)[1].equals("64");
            default -> null;
        };
        return ok == null ? ValueRule.Verdict.NOT_CHECKED : ok ? ValueRule.Verdict.ACCEPTS : ValueRule.Verdict.REFUSES;
    }

    /** Why an address-shaped value is refused, when a simple rule can tell; empty otherwise. */
    java.util.Optional<String> problem(String value) {
        return switch (this) {
            case IPV4_HOST, IP_HOST -> AddressFormat.hostProblem(value, !value.contains(":"));
            case IPV6_HOST -> AddressFormat.hostProblem(value, false);
            case IPV4_PREFIX, IP_PREFIX -> AddressFormat.networkProblem(value, !value.contains(":"));
            case IPV6_PREFIX -> AddressFormat.networkProblem(value, false);
            case IPV4_ADDRESS, IP_ADDRESS -> AddressFormat.singleProblem(value, !value.contains(":"));
            case IPV6_ADDRESS -> AddressFormat.singleProblem(value, false);
            default -> java.util.Optional.empty();
        };
    }

    private static Boolean portMulti(String value) {
        Boolean all = Boolean.TRUE;
        for (String part : value.split(",", -1)) {
            Boolean one = part.isEmpty() ? Boolean.FALSE : portRange(part);
            if (Boolean.FALSE.equals(one)) {
                return false;
            }
            if (one == null) {
                all = null;
            }
        }
        return all;
    }

    private static Boolean portRange(String value) {
        if (value.matches("[0-9]{1,5}-[0-9]{1,5}")) {
            int dash = value.indexOf('-');
            int a = Integer.parseInt(value.substring(0, dash));
            int b = Integer.parseInt(value.substring(dash + 1));
            return a >= 1 && b <= 65535 && a <= b && a <= 65535;
        }
        if (value.matches("[0-9]+")) {
            return value.length() <= 5 && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 65535;
        }
        // a service name: the router's /etc/services decides
        return null;
    }

    String id() {
        return id;
    }

    static ValueFormat byId(String id) {
        ValueFormat f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown value format '" + id + "'");
        }
        return f;
    }
}
