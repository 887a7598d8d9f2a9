package dev.vyoslab.world;

import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.check.Uplink;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.PppSession;
import dev.vyoslab.isp.PppoeBras;
import dev.vyoslab.lab.Segment;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The BRAS behind the router's PPPoE interface: accepts the config's account and hands out the session address. */
record BrasPeer(PppoeBras node, Segment segment, String routerInterface) implements Peer {

    static BrasPeer of(LabPlan.Bras bras, LabSegments segments) {
        PppoeBras node = new PppoeBras(segments.mgmt(), segments.wan(), segments.internet())
                .withAccount(bras.user(), bras.password())
                .withAddresses(IspAddresses.BRAS_PPP_LOCAL, bras.sessionAddress(), 1);
        bras.mtu().ifPresent(node::withMtu);
        return new BrasPeer(node, segments.wan(), bras.routerInterface());
    }

    @Override
    public boolean routerWaitsForIt() {
        // the router's first PADI is lost when both start together (see ENVIRONMENT.md)
        return true;
    }

    @Override
    public Optional<Uplink> uplink(String routerInterface) {
        return routerInterface.equals(this.routerInterface)
                ? Optional.of(new Uplink(routerInterface, "bras", node::clientAddress)) : Optional.empty();
    }

    /** The BRAS routes {@code lan} into the router's current session (a session may have been redialled). */
    @Override
    public Optional<ProbeHost> wanNeighbour(String routerInterface, Prefix lan) {
        if (!routerInterface.equals(this.routerInterface)) {
            return Optional.empty();
        }
        List<PppSession> sessions = node.sessions();
        if (sessions.isEmpty()) {
            throw new AssertionError("no PPPoE session on " + node.name() + " to route the LAN into");
        }
        node.exec("ip route replace " + lan + " dev " + sessions.get(0).interfaceName()).orThrow();
        return Optional.of(ProbeHost.of(node, node.consoleLog()));
    }

    @Override
    public Optional<LineEnd> lineEnd(String routerInterface) {
        return routerInterface.equals(this.routerInterface) ? Optional.of(new LineEnd() {
            @Override
            public InetAddress redial() {
                return node.redial();
            }

            @Override
            public void down() {
                node.down();
            }

            @Override
            public void up() {
                node.up();
            }
        }) : Optional.empty();
    }

    @Override
    public void saveArtifacts(Path dir, UnaryOperator<String> mask) throws IOException {
        ConsoleLogs.copy(node, dir);
        if (node.isRunning()) {
            Files.writeString(dir.resolve(node.name() + "-pppd.log"), mask.apply(node.pppLog()));
        }
    }
}
