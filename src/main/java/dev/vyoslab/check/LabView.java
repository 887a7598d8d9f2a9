package dev.vyoslab.check;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.dut.Router;
import java.net.InetAddress;
import java.util.Optional;

/**
 * What derived checks need from a running lab, by role rather than by class, so the check list can be derived (and
 * unit-tested) without one, and so the world that builds the lab is free in how it realises each role.
 * Methods are called only when a check runs.
 */
public interface LabView {

    /** Every LAN host listens on this TCP port and answers with its name: what a firewall must keep out. */
    Port LAN_CANARY = Port.tcp(8080);

    Router router();

    /** A host on {@code lan} without a fixed role (not a DNAT target): the DHCP client. */
    ProbeHost lanClient(Prefix lan);

    /** The address of {@link #lanClient(Prefix)} on {@code lan}. */
    Target lanClientAddress(Prefix lan);

    /** The LAN host at the fixed address {@code address} (a DNAT target, a host a rule names). */
    ProbeHost lanHost(InetAddress address);

    /** A host on the Internet segment that probes towards the router (from a documentation address). */
    ProbeHost internetHost();

    /** The whoami service: answers HTTP with the source address it saw. */
    Target whoami();

    /** The node the whoami service runs on (packet captures of what arrives from the router). */
    ProbeHost whoamiHost();

    /** The uplink behind a router interface ({@code tun0}: the AFTR, {@code pppoe0}: the BRAS). */
    Uplink uplink(String routerInterface);

    /** The router's current address on {@code routerInterface} as the Internet addresses it (the PPPoE address). */
    Target routerAddress(String routerInterface);

    /**
     * The ISP node at the other end of {@code routerInterface}, with routes to the router's LAN subnets through it,
     * as a misbehaving neighbour on the access network could send: what an inbound firewall must stop.
     */
    ProbeHost wanNeighbour(String routerInterface);

    /** A host of the ISP's access network (the NGN) that probes towards the router's WAN port over IPv6. */
    ProbeHost ngnHost();

    /** The router's SLAAC address on its WAN port, from the prefix the NGN announces now. */
    Target routerWanIpv6();

    /** The last address the DNS-API mock was told for {@code hostName}, if any. */
    Optional<InetAddress> dnsApiRecord(String hostName);
}
