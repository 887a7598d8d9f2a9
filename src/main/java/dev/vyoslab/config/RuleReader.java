package dev.vyoslab.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads rule-shaped parts: NAT rules, firewall rulesets and policy routes, and their matches. */
final class RuleReader {

    /** Service names VyOS (from /etc/services) accepts for ports, the common ones. */
    private static final Map<String, Integer> SERVICES = Map.of("ssh", 22, "smtp", 25, "domain", 53, "http", 80,
            "ntp", 123, "https", 443, "submission", 587, "imaps", 993, "pop3s", 995, "telnet", 23);

    private final TreeReader r;
    /** 1.4 and later: interfaces as {@code inbound-interface name X}, tcp flags as nodes, policy attached at itself. */
    private final boolean nft;

    RuleReader(TreeReader r, VyosVersion version) {
        this.r = r;
        this.nft = version != VyosVersion.V1_3;
    }

    List<Intent.NatRule> nat(String kind) {
        List<Intent.NatRule> out = new ArrayList<>();
        for (ConfigNode rule : numbered(r.tags(r.root(), "nat", kind, "rule"))) {
            List<String> at = List.of("nat", kind, "rule", rule.name());
            Optional<String> t = r.value(rule, "translation", "address");
            boolean masquerade = t.filter("masquerade"::equals).isPresent();
            Optional<InetAddress> taddr = t.filter(a -> !masquerade).flatMap(Addresses::parse);
            if (t.isPresent() && !masquerade && taddr.isEmpty()) {
                r.unreadable(path(at, "translation", "address", t.get()), r.line(rule, "translation", "address"));
            }
            Optional<Intent.PortRange> tport = r.value(rule, "translation", "port").flatMap(this::singlePortRange);
            r.flag(rule, "log");
            out.add(new Intent.NatRule(Integer.parseInt(rule.name()), r.value(rule, "description"),
                    natInterface(rule, "inbound-interface"), natInterface(rule, "outbound-interface"),
                    r.value(rule, "protocol"), match(rule, "source", at), match(rule, "destination", at),
                    new Intent.Translation(masquerade, taddr, tport), r.flag(rule, "exclude"), rule.line()));
        }
        return out;
    }

    /**
     * 1.3: {@code outbound-interface eth0} ({@code any}: every one); 1.4+: {@code outbound-interface name eth0}
     * (vyos-1x@1.4.0 interface-definitions/include/firewall/match-interface.xml.i), {@code any} gone with
     * src/migration-scripts/nat/6-to-7.
     */
    private Optional<String> natInterface(ConfigNode rule, String leaf) {
        return nft ? r.value(rule, leaf, "name") : r.value(rule, leaf);
    }

    /** 1.3's {@code firewall name|ipv6-name}. */
    List<Intent.Firewall> firewalls() {
        List<Intent.Firewall> out = new ArrayList<>();
        for (Intent.Family family : Intent.Family.values()) {
            String kind = family == Intent.Family.IPV4 ? "name" : "ipv6-name";
            for (ConfigNode set : r.tags(r.root(), "firewall", kind)) {
                List<Intent.FirewallRule> rules = new ArrayList<>();
                for (ConfigNode rule : numbered(r.tags(set, "rule"))) {
                    List<String> at = List.of("firewall", kind, set.name(), "rule", rule.name());
                    Intent.Action action = action(r.value(rule, "action"));
                    rules.add(new Intent.FirewallRule(Integer.parseInt(rule.name()), r.value(rule, "description"),
                            action, states(rule), r.value(rule, "protocol"), match(rule, "source", at),
                            match(rule, "destination", at), tcpFlags(rule), rule.line()));
                }
                // VyOS 1.3 drops what no rule matched unless default-action says otherwise
                Intent.Action def = action(r.value(set, "default-action"));
                out.add(new Intent.Firewall(set.name(), family, r.value(set, "description"), def, rules, set.line()));
            }
        }
        return out;
    }

    /**
     * vyatta-cfg-firewall@equuleus lib/Vyatta/IpTables/Rule.pm rule(): {@code accept} is {@code -j RETURN}, the packet
     * goes on to the next ruleset of its path; drop when unset.
     */
    private static Intent.Action action(Optional<String> value) {
        return value.filter("accept"::equals).map(a -> Intent.Action.RETURN)
                .or(() -> value.flatMap(a -> InterfaceReader.enumValue(Intent.Action.class, a)))
                .orElse(Intent.Action.DROP);
    }

    /**
     * {@code attachments}: 1.3's, read from the interfaces; 1.4+ attaches a policy at itself ({@code policy route PBR
     * interface eth1}, vyos-1x@1.4.0 interface-definitions/policy_route.xml.in, moved by
     * src/migration-scripts/policy/4-to-5).
     */
    List<Intent.PolicyRoute> policyRoutes(Map<String, List<String>> attachments) {
        List<Intent.PolicyRoute> out = new ArrayList<>();
        for (ConfigNode policy : r.tags(r.root(), "policy", "route")) {
            r.value(policy, "description");
            List<String> interfaces = nft ? r.values(policy, "interface")
                    : attachments.getOrDefault(policy.name(), List.of());
            List<Intent.PolicyRule> rules = new ArrayList<>();
            for (ConfigNode rule : numbered(r.tags(policy, "rule"))) {
                List<String> at = List.of("policy", "route", policy.name(), "rule", rule.name());
                rules.add(new Intent.PolicyRule(Integer.parseInt(rule.name()), r.value(rule, "description"),
                        match(rule, "source", at), match(rule, "destination", at), r.value(rule, "protocol"),
                        tcpFlags(rule), r.value(rule, "set", "table"),
                        InterfaceReader.number(r.value(rule, "set", "tcp-mss")), rule.line()));
            }
            out.add(new Intent.PolicyRoute(policy.name(), interfaces, rules, policy.line()));
        }
        return out;
    }

    /** 1.3: {@code tcp flags SYN,!ACK}; 1.4+: {@code tcp flags syn}, {@code tcp flags not ack}. */
    Optional<Intent.TcpFlags> tcpFlags(ConfigNode rule) {
        if (nft) {
            return r.node(rule, "tcp", "flags").map(f -> NftFirewallReader.flags(r, f));
        }
        return r.value(rule, "tcp", "flags").map(RuleReader::tcpFlags);
    }

    /** Rule nodes whose number is a number (the intended tree may hold refused ones). */
    static List<ConfigNode> numbered(List<ConfigNode> rules) {
        return rules.stream().filter(n -> InterfaceReader.number(Optional.of(n.name())).isPresent()).toList();
    }

    private Set<Intent.State> states(ConfigNode rule) {
        Set<Intent.State> states = EnumSet.noneOf(Intent.State.class);
        for (Intent.State s : Intent.State.values()) {
            if (r.value(rule, "state", s.name().toLowerCase(Locale.ROOT)).filter("enable"::equals).isPresent()) {
                states.add(s);
            }
        }
        return states;
    }

    Intent.Match match(ConfigNode rule, String side, List<String> at) {
        Optional<String> address = r.value(rule, side, "address");
        Optional<String> port = r.value(rule, side, "port");
        boolean negated = address.filter(a -> a.startsWith("!")).isPresent();
        Optional<Prefix> prefix = address.map(a -> negated ? a.substring(1) : a)
                .flatMap(a -> a.contains("/") ? Prefix.parse(a) : Addresses.parse(a).map(Prefix::host));
        if (address.isPresent() && prefix.isEmpty()) {
            r.unreadable(path(at, side, "address", address.get()), r.line(rule, side, "address"));
        }
        List<Intent.PortRange> ports = port.map(p -> ports(p, rule, side, at)).orElse(List.of());
        return new Intent.Match(prefix, negated, ports);
    }

    private List<Intent.PortRange> ports(String spec, ConfigNode rule, String side, List<String> at) {
        List<Intent.PortRange> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            Optional<Intent.PortRange> p = singlePortRange(part);
            if (p.isEmpty()) {
                r.unreadable(path(at, side, "port", spec), r.line(rule, side, "port"));
                return List.of();
            }
            out.add(p.get());
        }
        return out;
    }

    private Optional<Intent.PortRange> singlePortRange(String s) {
        int dash = s.indexOf('-');
        if (dash > 0 && ValueType.isPortNumber(s.substring(0, dash)) && ValueType.isPortNumber(s.substring(dash + 1))) {
            return Optional.of(new Intent.PortRange(Integer.parseInt(s.substring(0, dash)),
                    Integer.parseInt(s.substring(dash + 1))));
        }
        if (ValueType.isPortNumber(s)) {
            return Optional.of(new Intent.PortRange(Integer.parseInt(s), Integer.parseInt(s)));
        }
        return Optional.ofNullable(SERVICES.get(s)).map(n -> new Intent.PortRange(n, n));
    }

    static Intent.TcpFlags tcpFlags(String spec) {
        Set<String> set = new HashSet<>();
        Set<String> unset = new HashSet<>();
        for (String f : spec.split(",")) {
            if (f.startsWith("!")) {
                unset.add(f.substring(1).toUpperCase(Locale.ROOT));
            } else if (!f.isEmpty()) {
                set.add(f.toUpperCase(Locale.ROOT));
            }
        }
        return new Intent.TcpFlags(set, unset);
    }

    private static List<String> path(List<String> at, String... more) {
        List<String> p = new ArrayList<>(at);
        p.addAll(List.of(more));
        return p;
    }

}
