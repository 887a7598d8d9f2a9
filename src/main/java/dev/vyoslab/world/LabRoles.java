package dev.vyoslab.world;

import dev.vyoslab.check.LabView;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.check.Target;
import dev.vyoslab.check.Uplink;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.dut.Router;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.PppSession;
import dev.vyoslab.isp.PppoeBras;
import dev.vyoslab.lan.PublishedServer;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The roles checks use, played by the lab's nodes: the DHCP client and the published servers on the LAN, the whoami
 * host (also the Internet host that probes the router), the AFTR and the BRAS as uplinks, the BRAS as the WAN
 * neighbour that routes the LAN into the PPP session.
 */
final class LabRoles implements LabView {

    private final LabPlan plan;
    private final LabNodes nodes;
    private final Router router;

    LabRoles(LabPlan plan, LabNodes nodes, Router router) {
        this.plan = plan;
        this.nodes = nodes;
        this.router = router;
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public ProbeHost lanClient(Prefix lan) {
        requireLan(lan);
        return ProbeHost.of(nodes.client());
    }

    @Override
    public Target lanClientAddress(Prefix lan) {
        requireLan(lan);
        String address = nodes.client().currentAddress().orElseThrow(() -> new AssertionError(nodes.client().name()
                + " has no address on " + lan + " (no DHCP lease from the router)"));
        return new Target(nodes.client().name(), IspAddresses.address(address));
    }

    private void requireLan(Prefix lan) {
        if (!plan.lan().subnet().equals(lan.network())) {
            throw new AssertionError("the lab has a client on " + plan.lan().subnet() + " only, not on " + lan);
        }
    }

    @Override
    public ProbeHost lanHost(InetAddress address) {
        PublishedServer server = nodes.serverAt(address).orElseThrow(() -> new AssertionError("the lab has no LAN"
                + " host at " + address.getHostAddress() + " (hosts at DNAT targets: " + plan.servers() + ")"));
        return ProbeHost.of(server);
    }

    @Override
    public ProbeHost internetHost() {
        return ProbeHost.of(nodes.whoami());
    }

    @Override
    public Target whoami() {
        return new Target(nodes.whoami().name(), nodes.whoami().address());
    }

    @Override
    public ProbeHost whoamiHost() {
        return ProbeHost.of(nodes.whoami());
    }

    @Override
    public Uplink uplink(String routerInterface) {
        if (plan.aftr().map(a -> a.routerInterface().equals(routerInterface)).orElse(false)) {
            return new Uplink(routerInterface, "aftr", () -> nodes.aftr().orElseThrow().publicAddress());
        }
        if (plan.bras().map(b -> b.routerInterface().equals(routerInterface)).orElse(false)) {
            return new Uplink(routerInterface, "bras", () -> nodes.bras().orElseThrow().clientAddress());
        }
        throw new AssertionError("the lab has no uplink behind " + routerInterface);
    }

    @Override
    public Target routerAddress(String routerInterface) {
        return new Target(router.name() + " " + routerInterface, uplink(routerInterface).address());
    }

    /** The BRAS, with the LAN routed into the router's current session (a session may have been redialled). */
    @Override
    public ProbeHost wanNeighbour(String routerInterface) {
        if (!plan.bras().map(b -> b.routerInterface().equals(routerInterface)).orElse(false)) {
            throw new AssertionError("the lab has no WAN neighbour model for " + routerInterface
                    + " (only the BRAS behind the PPPoE interface)");
        }
        PppoeBras bras = nodes.bras().orElseThrow();
        List<PppSession> sessions = bras.sessions();
        if (sessions.isEmpty()) {
            throw new AssertionError("no PPPoE session on " + bras.name() + " to route the LAN into");
        }
        bras.exec("ip route replace " + plan.lan().subnet() + " dev " + sessions.get(0).interfaceName()).orThrow();
        return ProbeHost.of(bras, bras.consoleLog());
    }

    @Override
    public Optional<InetAddress> dnsApiRecord(String hostName) {
        return nodes.dnsApi().flatMap(d -> d.lastAddress(hostName)).map(IspAddresses::address);
    }
}
