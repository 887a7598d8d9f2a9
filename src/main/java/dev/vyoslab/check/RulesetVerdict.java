package dev.vyoslab.check;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Intent.Action;
import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;

/**
 * What a VyOS ruleset does with the first packet (state NEW, a TCP SYN or a UDP datagram) of a probe, evaluated
 * first-match as VyOS does. Unknown when a rule's match depends on what the derivation cannot know (the probe's
 * source address, an address it only knows lies in a subnet): a check is derived only when the verdict is certain.
 */
final class RulesetVerdict {

    /** A probe's first packet; {@code destination} empty when only {@code within} is known about it. */
    record Packet(Port port, Optional<InetAddress> destination, Prefix within, Set<InetAddress> notDestinations) {
    }

    private RulesetVerdict() {
    }

    static Optional<Action> of(Intent.Firewall ruleset, Packet packet) {
        for (Intent.FirewallRule rule : ruleset.rules()) {
            Optional<Boolean> m = matches(rule, packet);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            if (m.get()) {
                return Optional.of(rule.action());
            }
        }
        return Optional.of(ruleset.defaultAction());
    }

    private static Optional<Boolean> matches(Intent.FirewallRule rule, Packet packet) {
        if (!rule.states().isEmpty() && !rule.states().contains(Intent.State.NEW)) {
            return Optional.of(false);
        }
        String proto = packet.port().protocol().name().toLowerCase(java.util.Locale.ROOT);
        if (rule.protocol().filter(p -> !p.equals("all") && !p.equals(proto)
                && !(p.equals("tcp_udp"))).isPresent()) {
            return Optional.of(false);
        }
        if (rule.tcpFlags().isPresent() && (packet.port().protocol() != Port.Protocol.TCP
                || !Set.of("SYN").containsAll(rule.tcpFlags().get().set())
                || rule.tcpFlags().get().unset().contains("SYN"))) {
            return Optional.of(false);
        }
        if (!rule.destination().ports().isEmpty()
                && rule.destination().ports().stream().noneMatch(r -> r.contains(packet.port().number()))) {
            return Optional.of(false);
        }
        if (rule.source().address().isPresent()) {
            return Optional.empty();
        }
        if (rule.destination().address().isEmpty()) {
            return Optional.of(true);
        }
        Prefix d = rule.destination().address().get();
        boolean negated = rule.destination().negated();
        if (packet.destination().isPresent()) {
            return Optional.of(d.contains(packet.destination().get()) != negated);
        }
        // only "somewhere in `within`, none of notDestinations" is known
        boolean hostOfOther = d.length() == 32 && packet.notDestinations().contains(d.address());
        boolean disjoint = !d.contains(packet.within().address()) && !packet.within().contains(d.address());
        if (hostOfOther || disjoint) {
            return Optional.of(negated);
        }
        if (d.length() <= packet.within().length() && d.contains(packet.within().address())) {
            return Optional.of(!negated);
        }
        return Optional.empty();
    }
}
