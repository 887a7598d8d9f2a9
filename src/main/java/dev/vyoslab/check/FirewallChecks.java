package dev.vyoslab.check;

import static dev.vyoslab.check.LabAssertions.assertThat;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Intent.Action;
import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that what a ruleset on an Internet-facing interface must drop is dropped: router services (SSH, tcp/22)
 * under {@code local}, LAN hosts on a port nothing forwards ({@link LabView#LAN_CANARY}) under {@code in}. A probe is
 * derived only when the ruleset certainly drops it, so every such check can fail only by a leak.
 */
final class FirewallChecks {

    static final Port ROUTER_SERVICE = Port.tcp(22);

    private FirewallChecks() {
    }

    static List<Check> from(Intent intent, LanHosts hosts, LabView view) {
        List<Check> checks = new ArrayList<>();
        for (Intent.FirewallAttachment a : intent.firewallAttachments()) {
            Optional<Intent.Firewall> ruleset = intent.firewall(a.ruleset());
            if (a.family() != Intent.Family.IPV4 || ruleset.isEmpty() || !hosts.isPppoe(a.interfaceName())
                    || mayBeAcceptedBefore(intent, a)) {
                continue;
            }
            String where = " (" + a.direction().name().toLowerCase(java.util.Locale.ROOT) + " on " + a.interfaceName()
                    + ")";
            String id = "firewall/" + a.ruleset();
            Optional<Action> local = a.direction() == Intent.Direction.LOCAL ? RulesetVerdict.of(ruleset.get(),
                    new RulesetVerdict.Packet(ROUTER_SERVICE, Optional.empty(), Prefix.parse("0.0.0.0/0").orElseThrow(),
                            Set.of())) : Optional.empty();
            if (local.filter(v -> !v.passes()).isPresent()) {
                // a drop must be seen as silence: a router that merely runs no SSH refuses, whatever its firewall
                boolean silent = local.get() == Action.DROP;
                checks.add(new Check(id, "firewall " + a.ruleset() + where + ": router services (ssh "
                        + ROUTER_SERVICE + ") are " + (silent ? "dropped" : "refused") + " from the Internet",
                        CheckKind.FIREWALL, a.line(), () -> {
                    HostAssert internet = assertThat(view.internetHost());
                    if (silent) {
                        internet.isDroppedOnTheWayTo(view.routerAddress(a.interfaceName()), ROUTER_SERVICE);
                    } else {
                        internet.cannotReach(view.routerAddress(a.interfaceName()), ROUTER_SERVICE);
                    }
                }).via(a.interfaceName()));
            } else if (a.direction() == Intent.Direction.IN) {
                inbound(intent, hosts, view, a, ruleset.get(), id, where).ifPresent(checks::add);
            }
        }
        return checks;
    }

    private static Optional<Check> inbound(Intent intent, LanHosts hosts, LabView view, Intent.FirewallAttachment a,
                                           Intent.Firewall ruleset, String id, String where) {
        Optional<Prefix> lan = intent.firstIpv4Lan().map(l -> l.subnet().network());
        if (lan.isEmpty()) {
            return Optional.empty();
        }
        Set<InetAddress> fixed = Set.copyOf(hosts.fixedHosts());
        List<InetAddress> dropped = hosts.fixedHosts().stream().filter(h -> drops(ruleset, LabView.LAN_CANARY,
                Optional.of(h), lan.get(), Set.of())).toList();
        boolean client = drops(ruleset, LabView.LAN_CANARY, Optional.empty(), lan.get(), fixed);
        if (dropped.isEmpty() && !client) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(dropped.stream().map(InetAddress::getHostAddress).toList());
        if (client) {
            names.add("a LAN client");
        }
        return Optional.of(new Check(id, "firewall " + ruleset.name() + where + ": " + names + " not reachable on "
                + LabView.LAN_CANARY + " (not forwarded) from the ISP side", CheckKind.FIREWALL, a.line(), () -> {
            ProbeHost neighbour = view.wanNeighbour(a.interfaceName());
            for (InetAddress h : dropped) {
                assertThat(neighbour).cannotReach(new Target(view.lanHost(h).name(), h), LabView.LAN_CANARY);
            }
            if (client) {
                assertThat(neighbour).cannotReach(view.lanClientAddress(lan.get()), LabView.LAN_CANARY);
            }
        }).via(a.interfaceName()));
    }

    /**
     * A ruleset jumped to earlier in the same hook that can accept (1.4's final {@code accept}) may take the packet
     * before this ruleset sees it: claiming this ruleset's drops could then be wrong, so none are derived.
     */
    private static boolean mayBeAcceptedBefore(Intent intent, Intent.FirewallAttachment a) {
        boolean local = a.direction() == Intent.Direction.LOCAL;
        for (Intent.FirewallAttachment b : intent.firewallAttachments()) {
            if (b == a) {
                return false;
            }
            boolean sameHook = b.family() == a.family() && (b.direction() == Intent.Direction.LOCAL) == local;
            if (sameHook && intent.firewall(b.ruleset()).filter(f -> f.defaultAction() == Action.ACCEPT
                    || f.rules().stream().anyMatch(r -> r.action() == Action.ACCEPT)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean drops(Intent.Firewall ruleset, Port port, Optional<InetAddress> destination,
                                 Prefix within, Set<InetAddress> others) {
        Optional<Action> v = RulesetVerdict.of(ruleset, new RulesetVerdict.Packet(port, destination, within, others));
        return v.isPresent() && !v.get().passes();
    }
}
