package dev.vyoslab.world;

import dev.vyoslab.check.LabView;
import dev.vyoslab.check.LineFaults;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.check.Target;
import dev.vyoslab.check.Uplink;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.dut.Router;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.WhoamiHost;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The roles checks and scenarios use, each answered by the peer that plays it (the first one, asked in the plan's
 * order).
 */
final class LabRoles implements LabView, LineFaults {

    private final List<Peer> peers;
    private final Router router;
    private final Prefix lan;

    /** {@code lan}: the subnet a WAN neighbour routes towards the router. */
    LabRoles(List<Peer> peers, Router router, Prefix lan) {
        this.peers = peers;
        this.router = router;
        this.lan = lan;
    }

    private <R> Optional<R> first(Function<Peer, Optional<R>> role) {
        return peers.stream().map(role).flatMap(Optional::stream).findFirst();
    }

    private <R> R required(Function<Peer, Optional<R>> role, String missing) {
        return first(role).orElseThrow(() -> new AssertionError("the lab has no " + missing + " (peers: "
                + peers.stream().map(p -> p.node().name()).toList() + ")"));
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public ProbeHost lanClient(Prefix lan) {
        return required(p -> p.lanClient(lan), "client on " + lan);
    }

    @Override
    public Target lanClientAddress(Prefix lan) {
        return required(p -> p.lanClientAddress(lan), "client on " + lan);
    }

    @Override
    public ProbeHost lanHost(InetAddress address) {
        return required(p -> p.lanHost(address), "LAN host at " + address.getHostAddress());
    }

    private WhoamiHost whoamiNode() {
        return required(Peer::whoami, "whoami host");
    }

    @Override
    public ProbeHost internetHost() {
        return ProbeHost.of(whoamiNode());
    }

    @Override
    public Target whoami() {
        return new Target(whoamiNode().name(), whoamiNode().address());
    }

    @Override
    public ProbeHost whoamiHost() {
        return ProbeHost.of(whoamiNode());
    }

    @Override
    public Uplink uplink(String routerInterface) {
        return required(p -> p.uplink(routerInterface), "uplink behind " + routerInterface);
    }

    @Override
    public Target routerAddress(String routerInterface) {
        return new Target(router.name() + " " + routerInterface, uplink(routerInterface).address());
    }

    @Override
    public ProbeHost wanNeighbour(String routerInterface) {
        return required(p -> p.wanNeighbour(routerInterface, lan), "WAN neighbour model behind " + routerInterface
                + " (only the BRAS behind the PPPoE interface)");
    }

    @Override
    public ProbeHost ngnHost() {
        return required(Peer::ngnHost, "NGN host");
    }

    @Override
    public Target routerWanIpv6() {
        return new Target(router.name() + " WAN", required(Peer::routerWanIpv6, "NGN announcing the WAN prefix"));
    }

    @Override
    public Optional<InetAddress> dnsApiRecord(String hostName) {
        return first(Peer::dnsApi).flatMap(d -> d.lastAddress(hostName)).map(IspAddresses::address);
    }

    private LineEnd line(String routerInterface) {
        return required(p -> p.lineEnd(routerInterface), "ISP node behind " + routerInterface + " to put a fault on");
    }

    @Override
    public InetAddress redial(String routerInterface) {
        return line(routerInterface).redial();
    }

    @Override
    public void down(String routerInterface) {
        line(routerInterface).down();
    }

    @Override
    public void up(String routerInterface) {
        line(routerInterface).up();
    }

    @Override
    public Prefix wanPrefix() {
        return required(Peer::wanPrefix, "NGN announcing the WAN prefix");
    }

    /** The NGN first: the AFTR moves to the router's new address, which exists only once announced. */
    @Override
    public void renumber(Prefix to) {
        peers.forEach(p -> p.wanRenumbered(to));
    }
}
