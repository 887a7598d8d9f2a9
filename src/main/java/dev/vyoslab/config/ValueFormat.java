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
    U32("u32"),
    IPV4_ADDRESS("ipv4-address"),
    IPV4_PREFIX("ipv4-prefix"),
    IPV4_HOST("ipv4-host"),
    IPV4_NET("ipv4-net"),
    IPV4_RANGE("ipv4-range"),
    IPV4_RANGE_MASK("ipv4-range-mask"),
    IPV4_MULTICAST("ipv4-multicast"),
    IPV4("ipv4"),
    IPV4_ADDRESS_EXCLUDE("ipv4-address-exclude"),
    IPV4_PREFIX_EXCLUDE("ipv4-prefix-exclude"),
    IPV4_RANGE_EXCLUDE("ipv4-range-exclude"),
    IPV6_ADDRESS("ipv6-address"),
    IPV6_PREFIX("ipv6-prefix"),
    IPV6_HOST("ipv6-host"),
    IPV6_NET("ipv6-net"),
    IPV6_RANGE("ipv6-range"),
    IPV6_MULTICAST("ipv6-multicast"),
    IPV6_LINK_LOCAL("ipv6-link-local"),
    IPV6_EUI64_PREFIX("ipv6-eui64-prefix"),
    IPV6_DUID("ipv6-duid"),
    IPV6("ipv6"),
    IPV6_ADDRESS_EXCLUDE("ipv6-address-exclude"),
    IPV6_PREFIX_EXCLUDE("ipv6-prefix-exclude"),
    IPV6_RANGE_EXCLUDE("ipv6-range-exclude"),
    IPV6_EXCLUDE("ipv6-exclude"),
    IPV6_SRV6_SEGMENTS("ipv6-srv6-segments"),
    IP_ADDRESS("ip-address"),
    IP_PREFIX("ip-prefix"),
    IP_HOST("ip-host"),
    IP_CIDR("ip-cidr"),
    IP_PROTOCOL("ip-protocol"),
    IP_PROTOCOL_NEGATABLE("ip-protocol-negatable"),
    MAC_ADDRESS("mac-address"),
    MAC_ADDRESS_EXCLUDE("mac-address-exclude"),
    MAC_ADDRESS_NEGATABLE("mac-address-negatable"),
    PORT_RANGE("port-range"),
    PORT_MULTI("port-multi"),
    PORT_RANGE_EXCLUDE("port-range-exclude"),
    NUMERIC_EXCLUDE("numeric-exclude"),
    FQDN("fqdn"),
    URL("url"),
    URL_FILE_TRANSPORT("url-file-transport"),
    BASE64("base64"),
    TIMEZONE("timezone"),
    VRF_NAME("vrf-name"),
    DOTTED_DECIMAL("dotted-decimal"),
    ALLOWED_VLAN("allowed-vlan"),
    PSK_SECRET("psk-secret"),
    DDCLIENT_PROTOCOL("ddclient-protocol"),
    AS_NUMBER_LIST("as-number-list"),
    BGP_ROUTE_DISTINGUISHER("bgp-route-distinguisher"),
    BGP_ROUTE_TARGET("bgp-route-target"),
    BGP_ROUTE_TARGET_MULTI("bgp-route-target-multi"),
    BGP_EXTENDED_COMMUNITY("bgp-extended-community"),
    BGP_LARGE_COMMUNITY("bgp-large-community"),
    BGP_LARGE_COMMUNITY_LIST("bgp-large-community-list"),
    BGP_REGULAR_COMMUNITY("bgp-regular-community");

    private static final Map<String, ValueFormat> BY_ID = new HashMap<>();

    static {
        for (ValueFormat f : values()) {
            BY_ID.put(f.id, f);
        }
    }

    private final String id;

    ValueFormat(String id) {
        this.id = id;
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
