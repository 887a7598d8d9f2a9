package dev.vyoslab.world;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.Ngn;
import dev.vyoslab.lab.Segment;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The NGN: announces the plan's /64 for SLAAC and, on-link only, the /64s of the AFTR and of the lab resolver, so a
 * router with forwarding off still reaches them by neighbour discovery.
 */
record NgnPeer(Ngn node, Segment segment) implements Peer {

    static NgnPeer of(LabPlan plan, LabSegments segments) {
        Set<Prefix> onLink = new LinkedHashSet<>();
        plan.aftr().ifPresent(a -> onLink.add(new Prefix(a.remote(), 64).network()));
        onLink.add(new Prefix(IspAddresses.LAB_DNS_IPV6, 64).network());
        return new NgnPeer(new Ngn(segments.wan()).withPrefix(plan.wanPrefix())
                .withOnLinkPrefixes(onLink.toArray(Prefix[]::new)), segments.wan());
    }

    @Override
    public boolean routerWaitsForIt() {
        return true;
    }
}
