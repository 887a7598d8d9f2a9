package dev.vyoslab.config;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of value the keyword tree knows, named as in the fixture ({@code <ipv4-host>}).
 * {@link #problem} returns why a value does not fit, in words for the user, or empty if it fits.
 */
enum ValueType {
    IPV4("ipv4", "an IPv4 address"),
    IPV6("ipv6", "an IPv6 address"),
    IP("ip", "an IPv4 or IPv6 address"),
    IPV4_HOST("ipv4-host", "an IPv4 address with prefix length, e.g. 192.0.2.1/24"),
    IPV6_HOST("ipv6-host", "an IPv6 address with prefix length, e.g. 2001:db8::1/64"),
    IPV4_NET("ipv4-net", "an IPv4 network, e.g. 192.0.2.0/24"),
    IPV6_NET("ipv6-net", "an IPv6 network, e.g. 2001:db8::/64"),
    IPV4_MATCH("ipv4-match", "an IPv4 address, network or range, optionally negated with '!'"),
    IPV6_MATCH("ipv6-match", "an IPv6 address, network or range, optionally negated with '!'"),
    PORT("port", "a port, port name, range (1000-2000) or comma-separated list"),
    PROTOCOL("protocol", "a protocol name or number, optionally negated with '!'"),
    TCP_FLAGS("tcp-flags", "TCP flags like SYN,!ACK,!FIN,!RST"),
    MAC("mac", "a MAC address, e.g. 00:53:00:11:22:33"),
    NAME("name", "a name of letters, digits, '-', '_' or '.'"),
    FIREWALL_NAME("firewall-name", "a ruleset name of at most 29 printable characters, not starting with '-'"),
    RANGE_NAME("range-name", "a range name of letters, digits, '-', '_' or '.'"),
    IFNAME("ifname", "an interface name, e.g. eth0, eth0.10, pppoe0, tun0"),
    ETHERNET_NAME("ethernet-name", "an Ethernet interface name, e.g. eth0"),
    PPPOE_NAME("pppoe-name", "a PPPoE interface name, pppoeN"),
    TUNNEL_NAME("tunnel-name", "a tunnel interface name, tunN"),
    TEXT("text", "text"),
    SECRET("secret", "a secret");

    private static final Pattern NAME_RE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    private static final Pattern IFNAME_RE = Pattern.compile("[a-z][a-z0-9\\-]*[0-9]+(\\.[0-9]+){0,2}|lo");
    private static final Pattern ETH_RE = Pattern.compile("(eth|lan)[0-9]+|(eno|ens|enp|enx).+");
    private static final Pattern MAC_RE = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");
    private static final Pattern PORT_NAME_RE = Pattern.compile("[a-z][a-z0-9\\-]*");
    private static final Pattern PROTO_NAME_RE = Pattern.compile("[a-z][a-z0-9_.\\-]*");
    private static final Set<String> TCP_FLAG_NAMES = Set.of("SYN", "ACK", "FIN", "RST", "URG", "PSH", "ALL");

    private final String id;
    private final String description;

    ValueType(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String id() {
        return id;
    }

    String description() {
        return description;
    }

    static Optional<ValueType> byId(String id) {
        for (ValueType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Empty if {@code value} fits; otherwise a short reason. */
    Optional<String> problem(String value) {
        boolean ok = switch (this) {
            case IPV4 -> Addresses.parse4(value).isPresent();
            case IPV6 -> Addresses.parse6(value).isPresent();
            case IP -> Addresses.parse(value).isPresent();
            case IPV4_HOST -> Prefix.parse(value).filter(Prefix::isIpv4).isPresent();
            case IPV6_HOST -> Prefix.parse(value).filter(p -> !p.isIpv4()).isPresent();
            case IPV4_NET -> Prefix.parse(value).filter(p -> p.isIpv4() && p.equals(p.network())).isPresent();
            case IPV6_NET -> Prefix.parse(value).filter(p -> !p.isIpv4() && p.equals(p.network())).isPresent();
            case IPV4_MATCH -> isAddressMatch(value, true);
            case IPV6_MATCH -> isAddressMatch(value, false);
            case PORT -> isPortSpec(value);
            case PROTOCOL -> isProtocol(value);
            case TCP_FLAGS -> isTcpFlags(value);
            case MAC -> MAC_RE.matcher(value).matches();
            case NAME, RANGE_NAME -> NAME_RE.matcher(value).matches();
            case FIREWALL_NAME -> value.length() <= 29 && !value.startsWith("-")
                    && value.chars().allMatch(c -> c > 32 && c < 127 && "|;&$<>".indexOf(c) < 0);
            case IFNAME -> IFNAME_RE.matcher(value).matches();
            case ETHERNET_NAME -> ETH_RE.matcher(value).matches();
            case PPPOE_NAME -> value.matches("pppoe[0-9]+");
            case TUNNEL_NAME -> value.matches("tun[0-9]+");
            case TEXT, SECRET -> true;
        };
        return ok ? Optional.empty() : Optional.of("expected " + description);
    }

    /** Why an address-shaped value is wrong, when a simple rule can tell (missing or extra prefix length). */
    Optional<String> addressHint(String value) {
        if ((this == IPV4_HOST || this == IPV6_HOST) && Addresses.parse(value).isPresent()) {
            return Optional.of("an interface address needs a prefix length, e.g. " + value
                    + (value.contains(":") ? "/64" : "/24"));
        }
        int slash = value.indexOf('/');
        if ((this == IPV4 || this == IPV6 || this == IP) && slash > 0 && Prefix.parse(value).isPresent()) {
            return Optional.of("this takes a bare address, without the prefix length '" + value.substring(slash) + "'");
        }
        if ((this == IPV4_NET || this == IPV6_NET) && Prefix.parse(value).isPresent()) {
            return Optional.of("host bits are set; the network is " + Prefix.parse(value).get().network());
        }
        return Optional.empty();
    }

    private static boolean isAddressMatch(String value, boolean v4) {
        String v = value.startsWith("!") ? value.substring(1) : value;
        int dash = v.indexOf('-');
        if (dash > 0) {
            return sameFamily(v.substring(0, dash), v4) && sameFamily(v.substring(dash + 1), v4);
        }
        if (v.contains("/")) {
            return Prefix.parse(v).filter(p -> p.isIpv4() == v4).isPresent();
        }
        return sameFamily(v, v4);
    }

    private static boolean sameFamily(String v, boolean v4) {
        return v4 ? Addresses.parse4(v).isPresent() : Addresses.parse6(v).isPresent();
    }

    private static boolean isPortSpec(String value) {
        String v = value.startsWith("!") ? value.substring(1) : value;
        if (v.isEmpty()) {
            return false;
        }
        for (String part : v.split(",", -1)) {
            int dash = part.indexOf('-');
            if (dash > 0 && isPortNumber(part.substring(0, dash)) && isPortNumber(part.substring(dash + 1))) {
                if (Integer.parseInt(part.substring(0, dash)) > Integer.parseInt(part.substring(dash + 1))) {
                    return false;
                }
                continue;
            }
            if (!isPortNumber(part) && !PORT_NAME_RE.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean isPortNumber(String s) {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= 65535;
    }

    private static boolean isProtocol(String value) {
        String v = value.startsWith("!") ? value.substring(1) : value;
        if (!v.isEmpty() && v.length() <= 3 && v.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(v) <= 255;
        }
        return PROTO_NAME_RE.matcher(v).matches();
    }

    private static boolean isTcpFlags(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (String f : value.split(",", -1)) {
            String name = f.startsWith("!") ? f.substring(1) : f;
            if (!TCP_FLAG_NAMES.contains(name.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
