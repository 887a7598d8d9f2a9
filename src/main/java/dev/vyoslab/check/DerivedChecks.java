package dev.vyoslab.check;

import static dev.vyoslab.check.LabAssertions.assertThat;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a config claims, derived from its {@link Intent}: one per PPPoE session and tunnel, DHCP pool,
 * source-NAT rule, destination-NAT rule, policy route (table and MSS clamp), inbound/local firewall ruleset and
 * dynamic-DNS host. Deriving touches no lab: the {@link LabView} is used only when a check runs.
 */
public final class DerivedChecks {

    private DerivedChecks() {
    }

    public static List<Check> from(Intent intent, LabView view) {
        List<Check> checks = new ArrayList<>();
        LanHosts hosts = new LanHosts(intent, view);
        intent.pppoe().forEach(p -> checks.add(pppoe(p, view)));
        intent.tunnels().forEach(t -> checks.add(tunnel(t, view)));
        intent.dhcpPools().forEach(p -> checks.add(dhcp(p, view)));
        for (Intent.NatRule r : intent.sourceNat()) {
            Optional<String> out = r.outboundInterface().filter(hosts::isUplink);
            if (!r.exclude() && out.isPresent()) {
                checks.add(new Check("snat/" + r.number(), "source NAT rule " + r.number() + ": "
                        + hosts.describe(r.source()) + " reaches the Internet leaving by " + out.get(),
                        CheckKind.SOURCE_NAT, r.line(), () -> assertThat(hosts.matching(r.source()))
                                .reaches(view.whoami()).via(view.uplink(out.get()))).via(out.get()));
            }
        }
        for (Intent.NatRule r : intent.destinationNat()) {
            dnat(r, hosts, view).ifPresent(checks::add);
        }
        for (Intent.PolicyRoute route : intent.policyRoutes()) {
            for (Intent.PolicyRule rule : route.rules()) {
                policy(intent, route, rule, hosts, view).ifPresent(checks::add);
                rule.setTcpMss().ifPresent(mss -> checks.add(new Check("mss/" + route.name() + "/" + rule.number(),
                        "policy " + route.name() + " rule " + rule.number() + ": TCP SYNs from "
                                + hosts.describe(rule.source()) + " to the Internet carry MSS <= " + mss,
                        CheckKind.MSS_CLAMP, rule.line(), () -> assertThat(hosts.matching(rule.source()))
                                .sendsTcpSyn(view.whoami(), Port.tcp(Whoami.HTTP_PORT))
                                .capturedOn(view.whoamiHost()).withMssAtMost(mss))));
            }
        }
        checks.addAll(FirewallChecks.from(intent, hosts, view));
        for (Intent.DynamicDns d : intent.dynamicDns()) {
            for (String host : d.hostNames()) {
                checks.add(dynamicDns(d, host, view));
            }
        }
        return List.copyOf(checks);
    }

    private static Check pppoe(Intent.Pppoe p, LabView view) {
        // the MTU is the one VyOS uses: the config's, else VyOS's default (the lab's BRAS offers the same)
        return new Check("pppoe/" + p.name(), "PPPoE session " + p.name() + " comes up"
                + p.user().map(u -> " as " + u).orElse("") + " with MTU " + p.mtu(), CheckKind.PPPOE, p.line(),
                () -> assertThat(view.router()).hasInterfaceUp(p.name()).withMtu(p.name(), p.mtu())).via(p.name());
    }

    private static Check tunnel(Intent.Tunnel t, LabView view) {
        return new Check("tunnel/" + t.name(), "tunnel " + t.name() + " (" + t.encapsulation() + ") is up"
                + t.remote().map(r -> " to " + literal(r)).orElse(""), CheckKind.TUNNEL, t.line(),
                () -> assertThat(view.router()).hasInterfaceUp(t.name())).via(t.name());
    }

    /** The shortest form of an address ({@code 2001:db8:ffff::1}). */
    static String literal(InetAddress a) {
        String p = Prefix.host(a).toString();
        return p.substring(0, p.lastIndexOf('/'));
    }

    private static Check dhcp(Intent.DhcpPool pool, LabView view) {
        Prefix subnet = pool.subnet().network();
        String id = "dhcp/" + pool.sharedNetwork() + "/" + subnet.toString().replace('/', '-');
        String title = "DHCP pool " + pool.sharedNetwork() + " " + subnet + " leases an address"
                + (pool.ranges().isEmpty() ? "" : " in its range")
                + pool.defaultRouter().map(r -> " with gateway " + r.getHostAddress()).orElse("")
                + (pool.dnsServers().isEmpty() ? "" : " and DNS " + pool.dnsServers().stream()
                .map(InetAddress::getHostAddress).toList());
        return new Check(id, title, CheckKind.DHCP, pool.line(), () -> {
            LeaseAssert lease = assertThat(view.lanClient(subnet)).getsDhcpLease(subnet).inOneOf(pool.ranges());
            pool.defaultRouter().ifPresent(lease::withRouter);
            if (!pool.dnsServers().isEmpty()) {
                lease.withDnsServers(pool.dnsServers());
            }
        });
    }

    private static Optional<Check> dnat(Intent.NatRule r, LanHosts hosts, LabView view) {
        Optional<String> in = r.inboundInterface().filter(hosts::isUplink);
        Optional<InetAddress> to = r.translation().address();
        if (r.exclude() || in.isEmpty() || to.isEmpty() || r.destination().ports().isEmpty()) {
            return Optional.empty();
        }
        List<Port> ports = ports(r.protocol().orElse("tcp_udp"), r.destination().ports().get(0).from());
        String target = to.get().getHostAddress() + r.translation().port().map(p -> ":" + p).orElse("");
        return Optional.of(new Check("dnat/" + r.number(), "destination NAT rule " + r.number() + ": "
                + ports.stream().map(Port::toString).toList() + " on " + in.get() + " reaches " + target
                + " from the Internet and the reply returns by " + in.get(), CheckKind.DESTINATION_NAT, r.line(),
                () -> {
                    for (Port port : ports) {
                        assertThat(view.internetHost()).reaches(view.routerAddress(in.get()), port)
                                .answeredBy(view.lanHost(to.get()));
                    }
                }).via(in.get()));
    }

    /** The probe ports for a VyOS protocol ({@code tcp}, {@code udp}, {@code tcp_udp}); none for others. */
    static List<Port> ports(String protocol, int port) {
        return switch (protocol) {
            case "tcp" -> List.of(Port.tcp(port));
            case "udp" -> List.of(Port.udp(port));
            case "tcp_udp" -> List.of(Port.tcp(port), Port.udp(port));
            default -> List.of();
        };
    }

    private static Optional<Check> policy(Intent intent, Intent.PolicyRoute route, Intent.PolicyRule rule,
                                          LanHosts hosts, LabView view) {
        Optional<String> table = rule.setTable().filter(t -> !t.equals("main"));
        boolean webMatches = rule.protocol().map(p -> p.equals("tcp") || p.equals("all")).orElse(true)
                && rule.destination().address().map(d -> d.length() == 0 && !rule.destination().negated()).orElse(true)
                && rule.destination().ports().isEmpty();
        if (table.isEmpty() || !webMatches) {
            return Optional.empty();
        }
        Optional<String> out = intent.routesInTable(table.get()).stream()
                .filter(s -> s.prefix().isIpv4() && s.prefix().length() == 0)
                .flatMap(s -> s.interfaceName().stream()).filter(hosts::isUplink).findFirst();
        return out.map(o -> new Check("pbr/" + route.name() + "/" + rule.number(), "policy " + route.name()
                + " rule " + rule.number() + ": traffic from " + hosts.describe(rule.source()) + " uses table "
                + table.get() + " and leaves by " + o, CheckKind.POLICY_ROUTE, rule.line(),
                () -> assertThat(hosts.matching(rule.source())).reaches(view.whoami()).via(view.uplink(o))).via(o));
    }

    private static Check dynamicDns(Intent.DynamicDns d, String host, LabView view) {
        return new Check("ddns/" + host, "dynamic DNS: " + host + " is updated to the address of "
                + d.interfaceName(), CheckKind.DYNAMIC_DNS, d.line(), () -> Await.until(
                "the DNS API holds " + d.interfaceName() + "'s address for " + host, List.of(), () -> {
                    InetAddress want = view.routerAddress(d.interfaceName()).address();
                    Optional<InetAddress> seen = view.dnsApiRecord(host);
                    if (!seen.map(want::equals).orElse(false)) {
                        throw new AssertionError("\n  expected: an update of " + host + " to "
                                + want.getHostAddress() + " (" + d.interfaceName() + ")\n  seen:     "
                                + seen.map(a -> "record " + a.getHostAddress()).orElse("no update received"));
                    }
                })).via(d.interfaceName());
    }
}
