package dev.vyoslab.world;

import dev.vyoslab.check.Await;
import dev.vyoslab.check.LabView;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.check.Target;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.lan.DhcpClientHost;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The DHCP client on the LAN (it also answers on the canary port, as every LAN host does). */
record LanClientPeer(DhcpClientHost node, Segment segment, Prefix lan, boolean dhcp) implements Peer {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.world");
    private static final Duration LEASE = Duration.ofSeconds(30);

    static LanClientPeer of(LabPlan plan, LabSegments segments) {
        return new LanClientPeer(new DhcpClientHost("pc", segments.lan()).withTcpPort(LabView.LAN_CANARY.number()),
                segments.lan(), plan.lan().subnet(), !plan.lan().dhcpRanges().isEmpty());
    }

    @Override
    public Optional<ProbeHost> lanClient(Prefix lan) {
        return lan.network().equals(this.lan) ? Optional.of(ProbeHost.of(node)) : Optional.empty();
    }

    @Override
    public Optional<Target> lanClientAddress(Prefix lan) {
        if (!lan.network().equals(this.lan)) {
            return Optional.empty();
        }
        String address = node.currentAddress().orElseThrow(() -> new AssertionError(node.name()
                + " has no address on " + lan + " (no DHCP lease from the router)"));
        return Optional.of(new Target(node.name(), IspAddresses.address(address)));
    }

    /**
     * The client asks again when it holds no address: it may have backed off while the router had no DHCP server
     * yet. No lease after that is left for the DHCP check to report, not an error here.
     */
    @Override
    public void routerConverged(Intent applied) {
        if (!dhcp || node.currentAddress().isPresent()) {
            return;
        }
        node.renew();
        try {
            Await.until(node.name() + " leased an address", LEASE, List.of(ProbeHost.of(node)), () -> {
                if (node.currentAddress().isEmpty()) {
                    throw new AssertionError("no address yet");
                }
            });
        } catch (AssertionError e) {
            LOG.warn("{} has no DHCP lease {} s after convergence", node.name(), LEASE.toSeconds());
        }
    }
}
