package dev.vyoslab.world;

import dev.vyoslab.check.Uplink;
import dev.vyoslab.config.Eui64;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.Aftr;
import dev.vyoslab.lab.Segment;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The AFTR behind the router's tunnel: answers at the tunnel remote, serving the router's SLAAC address as B4. */
record AftrPeer(Aftr node, Segment segment, String routerInterface, String routerWanMac) implements Peer {

    static AftrPeer of(LabPlan.Aftr aftr, LabPlan plan, LabSegments segments) {
        return new AftrPeer(new Aftr(segments.mgmt(), segments.wan(), segments.internet())
                .withTunnelAddress(aftr.remote()).withPublicAddress(aftr.publicAddress())
                .withB4(Eui64.address(plan.wanPrefix(), plan.routerWanMac())), segments.wan(), aftr.routerInterface(),
                plan.routerWanMac());
    }

    @Override
    public boolean routerWaitsForIt() {
        return true;
    }

    @Override
    public Optional<Uplink> uplink(String routerInterface) {
        return routerInterface.equals(this.routerInterface)
                ? Optional.of(new Uplink(routerInterface, "aftr", node::publicAddress)) : Optional.empty();
    }

    @Override
    public Optional<LineEnd> lineEnd(String routerInterface) {
        return routerInterface.equals(this.routerInterface) ? Optional.of(new LineEnd() {
            @Override
            public InetAddress redial() {
                throw new UnsupportedOperationException(routerInterface + " is a tunnel to the AFTR: there is no"
                        + " session to redial");
            }

            @Override
            public void down() {
                node.stopTunnel();
            }

            @Override
            public void up() {
                node.startTunnel();
            }
        }) : Optional.empty();
    }

    /** The ISP routes only the new prefix: the softwire moves to the router's address in it. */
    @Override
    public void wanRenumbered(Prefix to) {
        node.moveB4(Eui64.address(to, routerWanMac));
    }

    @Override
    public void saveArtifacts(Path dir, UnaryOperator<String> mask) throws IOException {
        ConsoleLogs.copy(node, dir);
    }
}
