package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commit checks of {@code nat source}/{@code destination} rules. 1.3: vyatta-nat's {@code SrcNatRule.pm} and
 * {@code DstNatRule.pm rule_str()} (with vyatta-cfg-firewall's {@code AddressFilter.pm} for source/destination
 * ports), run by {@code vyatta-update-src-nat.pl}/{@code -dst-nat.pl}; 1.4: vyos-1x@1.4.0
 * {@code src/conf_mode/nat.py verify()} and {@code verify_rule()}.
 */
final class NatCommitCheck {

    // vyatta-nat@1.3.4 lib/Vyatta/SrcNatRule.pm rule_str(): $can_use_port
    private static final Set<String> PORT_PROTOCOLS_13 = Set.of("tcp_udp", "tcp", "6", "udp", "17");

    private NatCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        if (version == VyosVersion.ROLLING) {
            return; // rolling's nat.py is not ported yet
        }
        for (String kind : List.of("source", "destination")) {
            for (ConfigNode rule : children(tree, List.of("nat", kind, "rule"))) {
                boolean source = kind.equals("source");
                // vyatta-nat@1.3.4 scripts/vyatta-update-src-nat.pl (-dst-nat.pl), vyos-1x@1.4.0 src/conf_mode/nat.py
                // verify(): err_msg
                String prefix = (source ? "Source" : "Destination") + " NAT configuration error in rule " + rule.name()
                        + ": ";
                Optional<String> e = version == VyosVersion.V1_3 ? error13(rule, source).map(prefix::concat)
                        : error14(rule, source, prefix);
                e.ifPresent(m -> CommitChecks.refuse(diag, version, rule.line(), "nat " + kind + " rule " + rule.name(),
                        m));
            }
        }
    }

    static Optional<String> error13(ConfigNode rule, boolean source) {
        Optional<String> protocol = value(rule, "protocol");
        boolean canUsePort = protocol.filter(PORT_PROTOCOLS_13::contains).isPresent();
        Optional<String> address = value(rule, "translation", "address");
        boolean masquerade = source && address.filter("masquerade"::equals).isPresent();
        boolean exclude = node(rule, "exclude").isPresent();
        // vyatta-nat@1.3.4 lib/Vyatta/SrcNatRule.pm, DstNatRule.pm rule_str(): the interface is required
        // ("to prevent users from inadvertently NATing loopback traffic")
        if (node(rule, source ? "outbound-interface" : "inbound-interface").isEmpty()) {
            return Optional.of((source ? "outbound" : "inbound") + "-interface not specified");
        }
        boolean netmap = !masquerade && address.filter(a -> a.contains("/")).isPresent();
        Optional<String> port = value(rule, "translation", "port");
        if (port.isPresent()) {
            if (!canUsePort) {
                return Optional.of("ports can only be specified when protocol is \"tcp\" \"udp\" or \"tcp_udp\""
                        + " (currently \"" + protocol.orElse("") + "\")");
            }
            if (netmap) {
                return Optional.of("Cannot use ports with an IPv4net type translation address as it statically maps"
                        + " a whole network of addresses onto another network of addresses");
            }
        }
        boolean translation = (address.isPresent() && !masquerade) || port.isPresent();
        if (!exclude && translation && source && !masquerade && node(rule, "translation", "options", "port-mapping").isPresent()) {
            return Optional.of("port-mapping option is only valid for masquerade rules");
        }
        if (!exclude && !translation && !masquerade) {
            return Optional.of("translation address not specified");
        }
        // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/AddressFilter.pm rule() via vyatta-cfg@1.3.4
        // lib/Vyatta/Misc.pm getPortRuleString(): source/destination ports need tcp or udp
        for (String side : List.of("source", "destination")) {
            if (node(rule, side, "port").isPresent() && !canUsePort) {
                return Optional.of("ports can only be specified when protocol is \"tcp\" or \"udp\" (currently \""
                        + protocol.orElse("") + "\")");
            }
        }
        return Optional.empty();
    }

    static Optional<String> error14(ConfigNode rule, boolean source, String prefix) {
        // vyos-1x@1.4.0 src/conf_mode/nat.py verify(): a translation, unless the rule excludes or load-balances
        boolean translation = node(rule, "translation", "address").isPresent()
                || node(rule, "translation", "port").isPresent()
                || (!source && node(rule, "translation", "redirect").isPresent());
        if (!translation && node(rule, "exclude").isEmpty() && node(rule, "load-balance", "backend").isEmpty()) {
            return Optional.of(prefix + "translation requires address and/or port");
        }
        String direction = source ? "outbound-interface" : "inbound-interface";
        if (node(rule, direction, "name").isPresent() && node(rule, direction, "group").isPresent()) {
            return Optional.of(prefix + "cannot specify both interface group and interface name for " + (source ? "nat source"
                    : "destination nat") + " rule \"" + rule.name() + "\"");
        }
        // vyos-1x@1.4.0 src/conf_mode/nat.py verify_rule(): protocol defaults to 'all' in the 1.4.0 tree
        String protocol = value(rule, "protocol").orElse("all");
        boolean ports = node(rule, "translation", "port").isPresent()
                || node(rule, "translation", "redirect", "port").isPresent()
                || node(rule, "destination", "port").isPresent() || node(rule, "source", "port").isPresent();
        if (ports && !FirewallRuleCheck.PORT_PROTOCOLS.contains(protocol)) {
            return Optional.of(prefix + "ports can only be specified when protocol is either tcp, udp or tcp_udp!");
        }
        for (String side : List.of("destination", "source")) {
            if (node(rule, side, "group", "port-group").isPresent()
                    && !FirewallRuleCheck.PORT_PROTOCOLS.contains(protocol)) {
                return Optional.of("Protocol must be tcp, udp, or tcp_udp when specifying a port-group");
            }
        }
        return Optional.empty();
    }
}
