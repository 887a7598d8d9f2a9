package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * VyOS 1.4's checks of {@code firewall ipv4|ipv6 name|forward|input|output} rule sets: vyos-1x@1.4.0
 * {@code src/conf_mode/firewall.py verify()} and {@code verify_rule()}, the parts that need only the config
 * (not groups' contents, flowtables or the router's NICs).
 */
final class FirewallRuleCheck {

    static final Set<String> PORT_PROTOCOLS = Set.of("tcp", "udp", "tcp_udp");

    private FirewallRuleCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        if (version != VyosVersion.V1_4) {
            return; // rolling's firewall.py is not ported yet
        }
        for (String family : List.of("ipv4", "ipv6")) {
            for (String hook : List.of("name", "forward", "input", "output")) {
                List<ConfigNode> sets = hook.equals("name") ? children(tree, List.of("firewall", family, "name"))
                        : tree.node(List.of("firewall", family, hook, "filter")).stream().toList();
                for (ConfigNode set : sets) {
                    String what = "firewall " + family + " " + hook + " " + set.name();
                    ruleSet(tree, family, set, version, what, diag);
                }
            }
        }
    }

    private static void ruleSet(ConfigTree tree, String family, ConfigNode set, VyosVersion version, String what,
                                Diagnostics diag) {
        // vyos-1x@1.4.0 src/conf_mode/firewall.py verify(): default-action jump and its target
        Optional<String> action = value(set, "default-action");
        Optional<String> target = value(set, "default-jump-target");
        String error = null;
        if (action.filter("jump"::equals).isPresent() && target.isEmpty()) {
            error = "default-action set to jump, but no default-jump-target specified";
        } else if (target.isPresent() && action.filter("jump"::equals).isEmpty()) {
            error = "default-jump-target defined, but default-action jump needed and it is not defined";
        } else if (target.filter(set.name()::equals).isPresent()) {
            error = "Loop detected on default-jump-target.";
        } else if (target.isPresent() && !tree.has(List.of("firewall", family, "name", target.get()))) {
            error = "Invalid jump-target. Firewall name " + target.get() + " does not exist on the system";
        }
        if (error != null) {
            CommitChecks.refuse(diag, version, set.line(), what, error);
        }
        for (ConfigNode rule : node(set, "rule").map(ConfigNode::children).orElse(List.of())) {
            ruleError(tree, family.equals("ipv6"), rule).ifPresent(e ->
                    CommitChecks.refuse(diag, version, rule.line(), what + " rule " + rule.name(), e));
        }
    }

    /** The first error {@code verify_rule()} raises for this rule, in its order. */
    static Optional<String> ruleError(ConfigTree tree, boolean ipv6, ConfigNode rule) {
        // vyos-1x@1.4.0 src/conf_mode/firewall.py verify_rule()
        Optional<String> action = value(rule, "action");
        if (action.isEmpty()) {
            return Optional.of("Rule action must be defined");
        }
        Optional<String> jumpTarget = value(rule, "jump-target");
        if (action.get().equals("jump") && jumpTarget.isEmpty()) {
            return Optional.of("Action set to jump, but no jump-target specified");
        }
        if (jumpTarget.isPresent()) {
            if (!action.get().equals("jump")) {
                return Optional.of("jump-target defined, but action jump needed and it is not defined");
            }
            if (!tree.has(List.of("firewall", ipv6 ? "ipv6" : "ipv4", "name", jumpTarget.get()))) {
                return Optional.of("Invalid jump-target. Firewall " + (ipv6 ? "ipv6 " : "") + "name " + jumpTarget.get()
                        + " does not exist on the system");
            }
        }
        if (action.get().equals("offload") && node(rule, "offload-target").isEmpty()) {
            return Optional.of("Action set to offload, but no offload-target specified");
        }
        Optional<String> protocol = value(rule, "protocol");
        if (!action.get().equals("synproxy") && node(rule, "synproxy").isPresent()) {
            return Optional.of("\"synproxy\" option allowed only for action synproxy");
        }
        if (action.get().equals("synproxy")) {
            if (node(rule, "state").isPresent()) {
                return Optional.of("For action \"synproxy\" state cannot be defined");
            }
            if (node(rule, "synproxy", "tcp").isEmpty()) {
                return Optional.of("synproxy TCP MSS is not defined");
            }
            if (!protocol.orElse("").equals("tcp")) {
                return Optional.of("For action \"synproxy\" the protocol must be set to TCP");
            }
        }
        if (node(rule, "queue-options").isPresent() && !action.get().equals("queue")) {
            return Optional.of("queue-options defined, but action queue needed and it is not defined");
        }
        if (node(rule, "queue").isPresent() && !action.get().equals("queue")) {
            return Optional.of("queue defined, but action queue needed and it is not defined");
        }
        if (node(rule, "fragment", "match-frag").isPresent() && node(rule, "fragment", "match-non-frag").isPresent()) {
            return Optional.of("Cannot specify both \"match-frag\" and \"match-non-frag\"");
        }
        // (verify_rule() also tests ipsec 'match_non_ipsec', a node 1.4.0's tree does not have: match-none with
        // match-ipsec passes)
        if (node(rule, "recent").isPresent()
                && (node(rule, "recent", "count").isEmpty() || node(rule, "recent", "time").isEmpty())) {
            return Optional.of("Recent \"count\" and \"time\" values must be defined");
        }
        Optional<String> flags = tcpFlags(rule, protocol);
        if (flags.isPresent()) {
            return flags;
        }
        if (protocol.filter("icmp"::equals).isPresent() && ipv6) {
            return Optional.of("Cannot match IPv4 ICMP protocol on IPv6, use ipv6-icmp");
        }
        if (protocol.filter("ipv6-icmp"::equals).isPresent() && !ipv6) {
            return Optional.of("Cannot match IPv6 ICMP protocol on IPv4, use icmp");
        }
        for (String side : List.of("destination", "source")) {
            Optional<String> ports = portError(rule, side, protocol);
            if (ports.isPresent()) {
                return ports;
            }
        }
        if (node(rule, "log-options").isPresent() && node(rule, "log").isEmpty()) {
            return Optional.of("log-options defined, but log is not enable");
        }
        return Optional.empty();
    }

    /** {@code tcp flags} checks, shared with policy_route.py's verify_rule (the same code and message). */
    static Optional<String> tcpFlags(ConfigNode rule, Optional<String> protocol) {
        Optional<ConfigNode> flags = node(rule, "tcp", "flags");
        if (flags.isEmpty()) {
            return Optional.empty();
        }
        if (!protocol.orElse("").equals("tcp")) {
            return Optional.of("Protocol must be tcp when specifying tcp flags");
        }
        Set<String> not = node(flags.get(), "not").map(n -> n.children().stream().map(ConfigNode::name)
                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
        if (flags.get().children().stream().anyMatch(f -> not.contains(f.name()))) {
            return Optional.of("Cannot match a tcp flag as set and not set");
        }
        return Optional.empty();
    }

    /** A port or port-group needs protocol tcp, udp or tcp_udp (firewall.py and policy_route.py alike). */
    static Optional<String> portError(ConfigNode rule, String side, Optional<String> protocol) {
        boolean port = node(rule, side, "port").isPresent();
        boolean portGroup = node(rule, side, "group", "port-group").isPresent();
        if (!port && !portGroup) {
            return Optional.empty();
        }
        if (protocol.isEmpty()) {
            return Optional.of("Protocol must be defined if specifying a port or port-group");
        }
        if (!PORT_PROTOCOLS.contains(protocol.get())) {
            return Optional.of("Protocol must be tcp, udp, or tcp_udp when specifying a port or port-group");
        }
        if (port && portGroup) {
            return Optional.of(side + " port-group and port cannot both be defined");
        }
        return Optional.empty();
    }
}
