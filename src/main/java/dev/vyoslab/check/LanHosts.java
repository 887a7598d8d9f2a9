package dev.vyoslab.check;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import java.util.Optional;

/** Picks the LAN host a check sends from, given what a rule matches: a named host, or the plain client. */
final class LanHosts {

    private final Intent intent;
    private final LabView view;

    LanHosts(Intent intent, LabView view) {
        this.intent = intent;
        this.view = view;
    }

    /** A single-address source match is that host; anything else is the DHCP client of the LAN it lies in. */
    ProbeHost matching(Intent.Match source) {
        Optional<Prefix> p = source.address().filter(a -> !source.negated());
        if (p.isPresent() && p.get().length() == (p.get().isIpv4() ? 32 : 128)) {
            return view.lanHost(p.get().address());
        }
        return view.lanClient(lan(p).orElseThrow(() -> new AssertionError("the config has no IPv4 LAN to send from")));
    }

    private Optional<Prefix> lan(Optional<Prefix> within) {
        return intent.lans().stream().map(Intent.Lan::subnet).map(Prefix::network).filter(Prefix::isIpv4)
                .filter(l -> within.map(w -> w.contains(l.address())).orElse(true)).findFirst();
    }

    String describe(Intent.Match source) {
        return source.address().map(a -> (source.negated() ? "not " : "") + a).orElse("any LAN host");
    }

    /** Interfaces the lab realises as an uplink: the config's PPPoE sessions and tunnels. */
    boolean isUplink(String name) {
        return intent.pppoe().stream().anyMatch(p -> p.name().equals(name))
                || intent.tunnels().stream().anyMatch(t -> t.name().equals(name));
    }

    boolean isPppoe(String name) {
        return intent.pppoe().stream().anyMatch(p -> p.name().equals(name));
    }

    /** Every fixed LAN host the lab has: the DNAT targets. */
    java.util.List<java.net.InetAddress> fixedHosts() {
        return intent.destinationNat().stream().flatMap(r -> r.translation().address().stream()).distinct().toList();
    }
}
