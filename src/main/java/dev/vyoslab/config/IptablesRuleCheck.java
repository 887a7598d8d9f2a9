package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import dev.vyoslab.config.CommitChecks.Refusal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * VyOS 1.3's checks of {@code firewall name}/{@code ipv6-name} and {@code policy route}/{@code ipv6-route} rules:
 * vyatta-cfg-firewall's {@code Rule.pm rule()}, which {@code vyatta-firewall.pl --update-rules} runs at commit
 * (and the policy templates' {@code set table} and {@code set tcp-mss} syntax scripts, run at {@code set}).
 */
final class IptablesRuleCheck {

    private static final List<List<String>> RULESETS = List.of(List.of("firewall", "name"),
            List.of("firewall", "ipv6-name"), List.of("policy", "route"), List.of("policy", "ipv6-route"));
    // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/AddressFilter.pm %_protocolswithports
    private static final Set<String> PORT_PROTOCOLS = Set.of("tcp_udp", "tcp", "udp", "6", "17");
    private static final Set<String> ACTIONS = Set.of("drop", "accept", "reject", "inspect");

    private IptablesRuleCheck() {
    }

    static void run(ConfigTree tree, Diagnostics diag) {
        for (List<String> base : RULESETS) {
            boolean policy = base.get(0).equals("policy");
            for (ConfigNode set : children(tree, base)) {
                for (ConfigNode rule : node(set, "rule").map(ConfigNode::children).orElse(List.of())) {
                    String what = String.join(" ", base) + " " + set.name() + " rule " + rule.name();
                    if (policy) {
                        setSyntax(rule, what, base.get(1).equals("ipv6-route"), diag);
                    }
                    // vyatta-cfg-firewall@1.3.4 scripts/firewall/vyatta-firewall.pl update_rules(): "Configuration error: $err_str"
                    error(rule, policy).ifPresent(e -> CommitChecks.refuse(diag, VyosVersion.V1_3, e.line(), what,
                            e.message()));
                }
            }
        }
    }

    /**
     * The first error {@code Rule.pm rule()} returns for this rule, in its order, pinned to the line that set what
     * it refuses (the later of two that conflict); an error about something missing is pinned to the rule's first line.
     */
    static Optional<Refusal> error(ConfigNode rule, boolean policy) {
        String protocol = value(rule, "protocol").orElse("");
        // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/Rule.pm rule(): tcp flags need protocol tcp (or 6)
        if (node(rule, "tcp", "flags").isPresent() && !protocol.equals("tcp") && !protocol.equals("6")) {
            return at(lineOf(rule, "tcp", "flags"), "TCP flags can only be set if protocol is set to TCP");
        }
        boolean type = node(rule, "icmp", "type").isPresent();
        boolean code = node(rule, "icmp", "code").isPresent();
        boolean name = node(rule, "icmp", "type-name").isPresent();
        // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/Rule.pm rule(): icmp type/code/type-name
        if (protocol.equals("icmp") || protocol.equals("1")) {
            if (name && (type || code)) {
                return at(later(rule, List.of("icmp", "type-name"), List.of("icmp", type ? "type" : "code")),
                        "Cannot use ICMP type/code with ICMP type-name");
            }
            if (!name && !type && code) {
                return at(lineOf(rule, "icmp", "code"), "ICMP code can only be defined if ICMP type is defined");
            }
        } else if (type || code || name) {
            return at(lineOf(rule, "icmp"), "ICMP type/code or type-name can only be defined if protocol is ICMP");
        }
        for (String side : List.of("source", "destination")) {
            Optional<String> ports = value(rule, side, "port");
            if (ports.isEmpty()) {
                continue;
            }
            // vyatta-cfg@1.3.4 lib/Vyatta/Misc.pm getPortRuleString(): a range counts 2, a port or name 1
            int count = 0;
            for (String spec : ports.get().replaceFirst("^!", "").split(",")) {
                count += spec.matches("\\d+-\\d+") ? 2 : 1;
            }
            if (!PORT_PROTOCOLS.contains(protocol)) {
                return at(lineOf(rule, side, "port"), "ports can only be specified when protocol is \"tcp\" or \"udp\" (currently \""
                        + protocol + "\")");
            }
            if (count > 15) {
                return at(lineOf(rule, side, "port"), "source/destination port specification only supports up to 15 ports (port range"
                        + " counts as 2)");
            }
        }
        // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/Rule.pm rule(): fragment and ipsec matches exclude each other
        if (node(rule, "fragment", "match-frag").isPresent() && node(rule, "fragment", "match-non-frag").isPresent()) {
            return at(later(rule, List.of("fragment", "match-frag"), List.of("fragment", "match-non-frag")),
                    "Cannot specify both \"match-frag\" and \"match-non-frag\"");
        }
        if (node(rule, "ipsec", "match-ipsec").isPresent() && node(rule, "ipsec", "match-none").isPresent()) {
            return at(later(rule, List.of("ipsec", "match-ipsec"), List.of("ipsec", "match-none")),
                    "Cannot specify both \"match-ipsec\" and \"match-none\"");
        }
        if (value(rule, "action").filter(ACTIONS::contains).isPresent()) {
            return Optional.empty();
        }
        if (!policy) {
            // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/Rule.pm rule(): no jump target without an action
            return at(rule.line(), "\"action\" must be defined in rule " + rule.name());
        }
        // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/Rule.pm rule(): policy rules ("mangle actions") set one thing
        List<ConfigNode> sets = node(rule, "set").map(s -> s.children().stream()
                .filter(c -> Set.of("mark", "table", "dscp", "tcp-mss").contains(c.name())).toList()).orElse(List.of());
        if (sets.stream().anyMatch(c -> c.name().equals("tcp-mss"))) {
            String flags = value(rule, "tcp", "flags").orElse("");
            if (!flags.contains("SYN") || flags.contains("!SYN")) {
                return at(lineOf(rule, "set", "tcp-mss"), "need to set TCP SYN flag to modify TCP MSS");
            }
        }
        if (sets.isEmpty()) {
            return at(rule.line(), "Policy route requires \"action drop\" or \"set\" parameters be defined.");
        }
        if (sets.size() > 1) {
            return at(sets.stream().mapToInt(ConfigNode::line).max().orElse(rule.line()),
                    "Can not define more than one \"set\" parameter per policy route");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> at(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }

    /** The later line of two nodes below {@code rule}. */
    private static int later(ConfigNode rule, List<String> a, List<String> b) {
        return Math.max(lineOf(rule, a.toArray(String[]::new)), lineOf(rule, b.toArray(String[]::new)));
    }

    /** The policy templates' {@code syntax:expression: exec} scripts: VyOS refuses these at {@code set}. */
    private static void setSyntax(ConfigNode rule, String what, boolean ipv6, Diagnostics diag) {
        value(rule, "set", "table").ifPresent(t -> {
            // vyatta-cfg-firewall@1.3.4 templates/policy/route/node.tag/rule/node.tag/set/table/node.def syntax:expression
            // (ipv6-route's is the same)
            if (!t.equals("main") && !(t.matches("-?[0-9]+") && inRange(t, 1, 200))) {
                diag.error("bad-value", lineOf(rule, "set", "table"), 0, "VyOS 1.3 refuses 'set " + what + " set table "
                        + t + "': \"Table must be between 1-200 or table main\"", null);
            }
        });
        value(rule, "set", "tcp-mss").ifPresent(m -> {
            // vyatta-cfg-firewall@1.3.4 templates/policy/route/node.tag/rule/node.tag/set/tcp-mss/node.def syntax:expression;
            // ipv6-route's also takes 'pmtu' and says so
            boolean pmtu = ipv6 && m.equals("pmtu");
            if (!pmtu && !(m.matches("[0-9]+") && inRange(m, 500, 1460))) {
                diag.error("bad-value", lineOf(rule, "set", "tcp-mss"), 0, "VyOS 1.3 refuses 'set " + what
                        + " set tcp-mss " + m + "': \"Value must be " + (ipv6 ? "'pmtu' or " : "")
                        + "a number between 500 and 1460\"", null);
            }
        });
    }

    private static boolean inRange(String digits, long lo, long hi) {
        try {
            long v = Long.parseLong(digits);
            return v >= lo && v <= hi;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
