package dev.vyoslab.world;

import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.check.Target;
import dev.vyoslab.check.Uplink;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.DnsApiMock;
import dev.vyoslab.isp.WhoamiHost;
import dev.vyoslab.lab.Node;
import dev.vyoslab.lab.Segment;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One node of the lab as the plan chose it: the segment it serves, the roles it plays for the checks, and what it
 * leaves behind when a check fails. A role method answers only on the peer that plays it; {@link LabRoles} asks every
 * peer in turn. A new ISP peer is one class implementing this plus one line in {@link Peers}.
 */
interface Peer {

    /** What the lab starts. */
    Node node();

    /** The segment the peer serves (the WAN for ISP peers, the LAN for LAN hosts, the Internet for the hosts there). */
    Segment segment();

    /** Whether the router must boot only after this peer is up (what it dials or solicits at boot). */
    default boolean routerWaitsForIt() {
        return false;
    }

    /** The uplink this peer is behind {@code routerInterface}, if it is. */
    default Optional<Uplink> uplink(String routerInterface) {
        return Optional.empty();
    }

    /** The peer as the WAN neighbour behind {@code routerInterface}, routing {@code lan} towards the router. */
    default Optional<ProbeHost> wanNeighbour(String routerInterface, Prefix lan) {
        return Optional.empty();
    }

    /** The LAN client on {@code lan}, if this is it. */
    default Optional<ProbeHost> lanClient(Prefix lan) {
        return Optional.empty();
    }

    /** The address the LAN client holds on {@code lan}, if this is it. */
    default Optional<Target> lanClientAddress(Prefix lan) {
        return Optional.empty();
    }

    /** The LAN host at the fixed {@code address}, if this is it. */
    default Optional<ProbeHost> lanHost(InetAddress address) {
        return Optional.empty();
    }

    /** The Internet host that probes towards the router and answers whoami requests, if this is it. */
    default Optional<WhoamiHost> whoami() {
        return Optional.empty();
    }

    /** The NGN host that probes the router's WAN port over IPv6, if this is it. */
    default Optional<ProbeHost> ngnHost() {
        return Optional.empty();
    }

    /** The router's SLAAC address on the WAN, from the prefix this peer announces now, if it announces one. */
    default Optional<InetAddress> routerWanIpv6() {
        return Optional.empty();
    }

    /** The dynamic-DNS API the router updates, if this is it. */
    default Optional<DnsApiMock> dnsApi() {
        return Optional.empty();
    }

    /** The ISP's end of the line behind {@code routerInterface}, if this peer is it (what scenarios put faults on). */
    default Optional<LineEnd> lineEnd(String routerInterface) {
        return Optional.empty();
    }

    /** The /64 this peer announces on the WAN for SLAAC, if it announces one. */
    default Optional<Prefix> wanPrefix() {
        return Optional.empty();
    }

    /** The WAN is renumbered to {@code to}: the NGN announces it, the ISP's other nodes follow. */
    default void wanRenumbered(Prefix to) {
    }

    /** The router converged on {@code applied}: a peer that holds state from the router (a lease) catches up. */
    default void routerConverged(Intent applied) {
    }

    /** Writes the peer's own logs into {@code dir}, secrets removed by {@code mask}. */
    default void saveArtifacts(Path dir, UnaryOperator<String> mask) throws IOException {
    }
}
