package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import java.util.List;
import java.util.Optional;

/**
 * VyOS 1.4's checks of {@code policy route}/{@code route6} rules: vyos-1x@1.4.0 {@code src/conf_mode/policy_route.py
 * verify_rule()} (groups' contents left out). {@code set table} 1-200 is the 1.4 tree's own value rule.
 */
final class PolicyRouteCheck {

    private PolicyRouteCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        if (version != VyosVersion.V1_4) {
            return; // rolling's policy_route.py is not ported yet
        }
        for (String route : List.of("route", "route6")) {
            for (ConfigNode set : children(tree, List.of("policy", route))) {
                for (ConfigNode rule : node(set, "rule").map(ConfigNode::children).orElse(List.of())) {
                    error(set.name(), rule, route.equals("route6")).ifPresent(e -> CommitChecks.refuse(diag, version,
                            rule.line(), "policy " + route + " " + set.name() + " rule " + rule.name(), e));
                }
            }
        }
    }

    static Optional<String> error(String name, ConfigNode rule, boolean ipv6) {
        String prefix = name + " rule " + rule.name() + ": ";
        Optional<String> protocol = value(rule, "protocol");
        // vyos-1x@1.4.0 src/conf_mode/policy_route.py verify_rule(): icmp (icmpv6 on route6) type/code/type-name
        String icmp = ipv6 ? "icmpv6" : "icmp";
        Optional<ConfigNode> icmpNode = node(rule, icmp);
        if (icmpNode.isPresent()) {
            boolean type = node(rule, icmp, "type").isPresent();
            boolean code = node(rule, icmp, "code").isPresent();
            boolean typeName = node(rule, icmp, "type-name").isPresent();
            if (typeName && (code || type)) {
                return Optional.of(prefix + "Cannot use ICMP type/code with ICMP type-name");
            }
            if (code && !type) {
                return Optional.of(prefix + "ICMP code can only be defined if ICMP type is defined");
            }
            // "icmp_defined and 'protocol' not in rule_conf or rule_conf['protocol'] != icmp": Python's 'and'
            // binds first, so any icmp node with a protocol other than icmp (icmpv6) is refused
            boolean defined = type || code || typeName;
            if ((defined && protocol.isEmpty()) || !protocol.orElse("").equals(icmp)) {
                return Optional.of(prefix + "ICMP type/code or type-name can only be defined if protocol is ICMP");
            }
        }
        // vyos-1x@1.4.0 src/conf_mode/policy_route.py verify_rule(): tcp-mss needs the SYN flag
        if (node(rule, "set", "tcp-mss").isPresent() && node(rule, "tcp", "flags", "syn").isEmpty()) {
            return Optional.of(prefix + "TCP SYN flag must be set to modify TCP-MSS");
        }
        Optional<String> flags = FirewallRuleCheck.tcpFlags(rule, protocol);
        if (flags.isPresent()) {
            return flags;
        }
        for (String side : List.of("destination", "source")) {
            Optional<String> ports = FirewallRuleCheck.portError(rule, side, protocol);
            // policy_route.py has no "port-group and port cannot both be defined"
            if (ports.isPresent() && !ports.get().endsWith("cannot both be defined")) {
                return ports;
            }
        }
        return Optional.empty();
    }
}
