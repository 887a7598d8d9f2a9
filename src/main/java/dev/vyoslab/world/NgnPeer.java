package dev.vyoslab.world;

import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.config.Eui64;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.Ngn;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The NGN: announces the plan's /64 for SLAAC and, on-link only, the /64s of the AFTR and of the lab resolver, so a
 * router with forwarding off still reaches them by neighbour discovery.
 */
record NgnPeer(Ngn node, Segment segment, String routerWanMac) implements Peer {

    static NgnPeer of(LabPlan plan, LabSegments segments) {
        Set<Prefix> onLink = new LinkedHashSet<>();
        plan.aftr().ifPresent(a -> onLink.add(new Prefix(a.remote(), 64).network()));
        onLink.add(new Prefix(IspAddresses.LAB_DNS_IPV6, 64).network());
        return new NgnPeer(new Ngn(segments.wan()).withPrefix(plan.wanPrefix())
                .withOnLinkPrefixes(onLink.toArray(Prefix[]::new)), segments.wan(), plan.routerWanMac());
    }

    @Override
    public boolean routerWaitsForIt() {
        return true;
    }

    @Override
    public Optional<Prefix> wanPrefix() {
        return Optional.of(node.prefix());
    }

    @Override
    public void wanRenumbered(Prefix to) {
        node.renumber(to);
    }

    @Override
    public Optional<ProbeHost> ngnHost() {
        return Optional.of(ProbeHost.of(node));
    }

    @Override
    public Optional<InetAddress> routerWanIpv6() {
        return Optional.of(Eui64.address(node.prefix(), routerWanMac));
    }
}
