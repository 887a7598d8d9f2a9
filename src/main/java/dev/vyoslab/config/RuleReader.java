package dev.vyoslab.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads rule-shaped parts: NAT rules, firewall rulesets and policy routes, and their matches. */
final class RuleReader {

    /** Service names VyOS (from /etc/services) accepts for ports, the common ones. */
    private static final Map<String, Integer> SERVICES = Map.of("ssh", 22, "smtp", 25, "domain", 53, "http", 80,
            "ntp", 123, "https", 443, "submission", 587, "imaps", 993, "pop3s", 995, "telnet", 23);

    private final TreeReader r;

    RuleReader(TreeReader r) {
        this.r = r;
    }

    List<Intent.NatRule> nat(String kind) {
        List<Intent.NatRule> out = new ArrayList<>();
        for (ConfigNode rule : r.tags(r.root(), "nat", kind, "rule")) {
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
                    r.value(rule, "inbound-interface"), r.value(rule, "outbound-interface"),
                    r.value(rule, "protocol"), match(rule, "source", at), match(rule, "destination", at),
                    new Intent.Translation(masquerade, taddr, tport), r.flag(rule, "exclude"), rule.line()));
        }
        return out;
    }

    List<Intent.Firewall> firewalls() {
        List<Intent.Firewall> out = new ArrayList<>();
        for (Intent.Family family : Intent.Family.values()) {
            String kind = family == Intent.Family.IPV4 ? "name" : "ipv6-name";
            for (ConfigNode set : r.tags(r.root(), "firewall", kind)) {
                List<Intent.FirewallRule> rules = new ArrayList<>();
                for (ConfigNode rule : r.tags(set, "rule")) {
                    List<String> at = List.of("firewall", kind, set.name(), "rule", rule.name());
                    Intent.Action action = r.value(rule, "action").map(a -> Intent.Action.valueOf(a.toUpperCase(Locale.ROOT)))
                            .orElse(Intent.Action.DROP);
                    rules.add(new Intent.FirewallRule(Integer.parseInt(rule.name()), r.value(rule, "description"),
                            action, states(rule), r.value(rule, "protocol"), match(rule, "source", at),
                            match(rule, "destination", at), r.value(rule, "tcp", "flags").map(RuleReader::tcpFlags),
                            rule.line()));
                }
                // VyOS 1.3 drops what no rule matched unless default-action says otherwise
                Intent.Action def = r.value(set, "default-action").map(a -> Intent.Action.valueOf(a.toUpperCase(Locale.ROOT)))
                        .orElse(Intent.Action.DROP);
                out.add(new Intent.Firewall(set.name(), family, r.value(set, "description"), def, rules, set.line()));
            }
        }
        return out;
    }

    List<Intent.PolicyRoute> policyRoutes(Map<String, List<String>> attachments) {
        List<Intent.PolicyRoute> out = new ArrayList<>();
        for (ConfigNode policy : r.tags(r.root(), "policy", "route")) {
            r.value(policy, "description");
            List<Intent.PolicyRule> rules = new ArrayList<>();
            for (ConfigNode rule : r.tags(policy, "rule")) {
                List<String> at = List.of("policy", "route", policy.name(), "rule", rule.name());
                rules.add(new Intent.PolicyRule(Integer.parseInt(rule.name()), r.value(rule, "description"),
                        match(rule, "source", at), match(rule, "destination", at), r.value(rule, "protocol"),
                        r.value(rule, "tcp", "flags").map(RuleReader::tcpFlags), r.value(rule, "set", "table"),
                        InterfaceReader.number(r.value(rule, "set", "tcp-mss")), rule.line()));
            }
            out.add(new Intent.PolicyRoute(policy.name(), attachments.getOrDefault(policy.name(), List.of()), rules,
                    policy.line()));
        }
        return out;
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

    private Intent.Match match(ConfigNode rule, String side, List<String> at) {
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
