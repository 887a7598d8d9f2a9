package dev.vyoslab.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks across the config that VyOS itself would not complain about but that break what the
 * user meant. They run on the intended config (show read as set, typos read as their suggestion),
 * so a published config with typos still gets them.
 */
final class SemanticChecks {

    private final Intent intent;
    private final ConfigTree tree;
    private final Diagnostics diag;
    private final InterfaceReader interfaces;

    private SemanticChecks(Intent intent, ConfigTree tree, Diagnostics diag) {
        this.intent = intent;
        this.tree = tree;
        this.diag = diag;
        // only names and attachments are read from it: no default matters here
        this.interfaces = new InterfaceReader(new TreeReader(tree), VyosDefaults.of(ConfigReader.DEFAULT_VERSION)).read();
    }

    static void run(Intent intent, ConfigTree tree, Diagnostics diag) {
        SemanticChecks c = new SemanticChecks(intent, tree, diag);
        c.references();
        c.dhcpRangesAvoidStaticAddresses();
        c.policyTablesHaveRoutes();
        c.destinationNatIsAccepted();
        c.wanRulesAreNarrow();
    }

    private void references() {
        Set<String> firewalls = new LinkedHashSet<>();
        intent.firewalls().forEach(f -> firewalls.add(f.family() + " " + f.name()));
        for (Intent.FirewallAttachment a : intent.firewallAttachments()) {
            if (!firewalls.contains(a.family() + " " + a.ruleset())) {
                diag.error("undefined-reference", a.line(), 0, "firewall " + (a.family() == Intent.Family.IPV4
                        ? "name" : "ipv6-name") + " '" + a.ruleset() + "' is attached to " + a.interfaceName()
                        + " but never defined", null);
            }
        }
        Set<String> policies = new LinkedHashSet<>();
        intent.policyRoutes().forEach(p -> policies.add(p.name()));
        interfaces.policyAttachments.forEach((name, ifaces) -> {
            if (!policies.contains(name)) {
                diag.error("undefined-reference", interfaces.policyLines.get(name), 0, "policy route '" + name
                        + "' is attached to " + String.join(", ", ifaces) + " but never defined", null);
            }
        });
        for (Intent.Pppoe p : intent.pppoe()) {
            p.sourceInterface().filter(s -> !interfaces.names.contains(s)).ifPresent(s -> diag.error(
                    "undefined-reference", line("interfaces", "pppoe", p.name(), "source-interface"), 0,
                    "PPPoE " + p.name() + " runs over " + s + ", which is not configured", null));
        }
        for (Intent.NatRule n : concat(intent.sourceNat(), intent.destinationNat())) {
            for (String i : List.of(n.inboundInterface().orElse("any"), n.outboundInterface().orElse("any"))) {
                if (!i.equals("any") && !interfaces.names.contains(i)) {
                    diag.warning("undefined-reference", n.line(), 0, "NAT rule " + n.number() + " uses interface "
                            + i + ", which is not configured", null);
                }
            }
        }
        for (Intent.StaticRoute r : intent.staticRoutes()) {
            r.interfaceName().filter(i -> !interfaces.names.contains(i)).ifPresent(i -> diag.warning(
                    "undefined-reference", r.line(), 0, "static route " + r.prefix() + " points at interface " + i
                            + ", which is not configured", null));
        }
        for (Intent.DynamicDns d : intent.dynamicDns()) {
            if (!interfaces.names.contains(d.interfaceName())) {
                diag.warning("undefined-reference", d.line(), 0, "dynamic DNS watches interface "
                        + d.interfaceName() + ", which is not configured", null);
            }
        }
    }

    private void dhcpRangesAvoidStaticAddresses() {
        Map<InetAddress, String> fixed = new LinkedHashMap<>();
        for (Intent.NatRule n : intent.destinationNat()) {
            n.translation().address().ifPresent(a -> fixed.putIfAbsent(a, "nat destination rule " + n.number()
                    + " translation, line " + n.line()));
        }
        for (Intent.NatRule n : intent.sourceNat()) {
            host(n.source()).ifPresent(a -> fixed.putIfAbsent(a, "nat source rule " + n.number() + ", line " + n.line()));
        }
        for (Intent.PolicyRoute p : intent.policyRoutes()) {
            for (Intent.PolicyRule r : p.rules()) {
                host(r.source()).ifPresent(a -> fixed.putIfAbsent(a, "policy route " + p.name() + " rule "
                        + r.number() + ", line " + r.line()));
            }
        }
        for (Intent.Lan l : intent.lans()) {
            fixed.putIfAbsent(l.routerAddress(), "the router's own address on " + l.interfaceName() + ", line " + l.line());
        }
        for (Intent.DhcpPool pool : intent.dhcpPools()) {
            for (Intent.Range range : pool.ranges()) {
                fixed.forEach((address, use) -> {
                    if (range.contains(address)) {
                        diag.warning("dhcp-range-contains-static", range.line(), 0, "DHCP range " + range.name() + " ("
                                + Addresses.format(range.start()) + "-" + Addresses.format(range.stop()) + ") contains "
                                + Addresses.format(address) + ", which the config uses as a fixed address (" + use
                                + "): a DHCP client may be given it; move the range or the address", null);
                    }
                });
            }
        }
    }

    private void policyTablesHaveRoutes() {
        for (Intent.PolicyRoute p : intent.policyRoutes()) {
            for (Intent.PolicyRule r : p.rules()) {
                r.setTable().filter(t -> !t.equals("main") && intent.routesInTable(t).isEmpty()).ifPresent(t ->
                        diag.warning("empty-policy-table", line("policy", "route", p.name(), "rule",
                                String.valueOf(r.number()), "set", "table"), 0, "policy route " + p.name() + " rule "
                                + r.number() + " sends packets to table " + t + ", but no route is configured in table "
                                + t + " (add 'protocols static table " + t + " …'); VyOS then looks them up in the"
                                + " main table, so they leave the wrong way", null));
            }
        }
    }

    private void destinationNatIsAccepted() {
        for (Intent.NatRule n : intent.destinationNat()) {
            if (n.inboundInterface().isEmpty() || n.exclude()) {
                continue;
            }
            InetAddress target = n.translation().address().orElse(null);
            Optional<Prefix> dst = target != null ? Optional.of(Prefix.host(target)) : n.destination().address();
            if (dst.isEmpty()) {
                continue;
            }
            int port = n.translation().port().map(Intent.PortRange::from)
                    .orElse(n.destination().ports().isEmpty() ? 0 : n.destination().ports().get(0).from());
            for (Intent.FirewallAttachment a : attached(n.inboundInterface().get(), Intent.Direction.IN)) {
                Optional<Intent.Firewall> fw = intent.firewall(a.ruleset()).filter(f -> f.family() == Intent.Family.IPV4);
                if (fw.isPresent() && !protocols(n.protocol()).stream()
                        .allMatch(proto -> accepts(fw.get(), proto, dst.get().address(), port))) {
                    diag.warning("dnat-without-firewall-accept", n.line(), 0, "destination NAT rule " + n.number()
                            + " forwards " + n.protocol().orElse("all") + (port > 0 ? " port " + port : "") + " to "
                            + Addresses.format(dst.get().address()) + ", but firewall " + fw.get().name() + " (in on "
                            + a.interfaceName() + ") has no rule accepting it, so it is dropped", null);
                }
            }
        }
    }

    private void wanRulesAreNarrow() {
        Set<String> wanFacing = new LinkedHashSet<>();
        intent.pppoe().forEach(p -> wanFacing.add(p.name()));
        intent.tunnels().forEach(t -> wanFacing.add(t.name()));
        intent.wan().ifPresent(w -> wanFacing.add(w.interfaceName()));
        Set<String> reported = new LinkedHashSet<>();
        for (Intent.FirewallAttachment a : intent.firewallAttachments()) {
            if (!wanFacing.contains(a.interfaceName()) || a.direction() == Intent.Direction.OUT) {
                continue;
            }
            for (Intent.Firewall fw : intent.firewalls()) {
                if (!fw.name().equals(a.ruleset()) || fw.family() != a.family()) {
                    continue;
                }
                for (Intent.FirewallRule r : fw.rules()) {
                    boolean newFlows = r.states().isEmpty() || r.states().contains(Intent.State.NEW);
                    boolean portless = r.protocol().isEmpty() || r.protocol().get().equals("all")
                            || (isPortProtocol(r.protocol().get()) && r.destination().ports().isEmpty());
                    if (r.action().passes() && newFlows && portless
                            && reported.add(fw.name() + " " + r.number())) {
                        String to = r.destination().address().map(p -> " to " + p).orElse("");
                        diag.warning("firewall-rule-too-broad", r.line(), 0, "firewall " + fw.name() + " rule "
                                + r.number() + " (" + a.direction().name().toLowerCase(Locale.ROOT) + " on "
                                + a.interfaceName() + ") accepts " + (r.protocol().isEmpty() ? "every protocol and port"
                                : "every " + r.protocol().get() + " port") + to + " from the Internet;"
                                + " restrict it with protocol and destination port" + dnatHint(r), null);
                    }
                }
            }
        }
    }

    /** Names the NAT rule a too-broad firewall rule seems to serve, for the fix. */
    private String dnatHint(Intent.FirewallRule r) {
        for (Intent.NatRule n : intent.destinationNat()) {
            Optional<InetAddress> t = n.translation().address();
            if (t.isPresent() && r.destination().address().map(p -> p.contains(t.get())).orElse(false)) {
                String port = n.translation().port().or(() -> n.destination().ports().stream().findFirst())
                        .map(p -> " port " + p).orElse("");
                return " (destination NAT rule " + n.number() + " forwards " + n.protocol().orElse("all") + port + ")";
            }
        }
        return "";
    }

    /** Whether the ruleset accepts a new flow to {@code address}:{@code port} (port 0: any). */
    private static boolean accepts(Intent.Firewall fw, String protocol, InetAddress address, int port) {
        List<Intent.FirewallRule> rules = new ArrayList<>(fw.rules());
        rules.sort((a, b) -> Integer.compare(a.number(), b.number()));
        for (Intent.FirewallRule r : rules) {
            boolean newFlows = r.states().isEmpty() || r.states().contains(Intent.State.NEW);
            boolean proto = r.protocol().isEmpty() || r.protocol().get().equals("all")
                    || r.protocol().get().equals(protocol)
                    || (r.protocol().get().equals("tcp_udp") && (protocol.equals("tcp") || protocol.equals("udp")));
            boolean addr = r.destination().address().map(p -> p.contains(address) != r.destination().negated())
                    .orElse(true);
            boolean ports = r.destination().ports().isEmpty()
                    || (port > 0 && r.destination().ports().stream().anyMatch(p -> p.contains(port)));
            if (newFlows && proto && addr && ports) {
                return r.action().passes();
            }
        }
        return fw.defaultAction().passes();
    }

    private List<Intent.FirewallAttachment> attached(String iface, Intent.Direction d) {
        return intent.firewallAttachments().stream()
                .filter(a -> a.interfaceName().equals(iface) && a.direction() == d && a.family() == Intent.Family.IPV4)
                .toList();
    }

    private static List<String> protocols(Optional<String> p) {
        return p.map(s -> s.equals("tcp_udp") ? List.of("tcp", "udp") : List.of(s)).orElse(List.of("all"));
    }

    private static boolean isPortProtocol(String p) {
        return p.equals("tcp") || p.equals("udp") || p.equals("tcp_udp");
    }

    private static Optional<InetAddress> host(Intent.Match m) {
        return m.address().filter(p -> !m.negated() && p.length() == (p.isIpv4() ? 32 : 128)).map(Prefix::address);
    }

    private int line(String... path) {
        return tree.node(List.of(path)).map(ConfigNode::line).orElse(0);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
