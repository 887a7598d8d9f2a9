package dev.vyoslab.lan;

import dev.vyoslab.isp.HostContainer;
import dev.vyoslab.isp.ResponderCommand;
import dev.vyoslab.lab.Segment;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A LAN client that takes its address from DHCP (isc-dhcp-client), not from Docker: at start it drops Docker's
 * address and runs dhclient in the background. {@link #lease()} reports what it got; {@link #renew()} asks again.
 * Ready as soon as dhclient runs (the router may come up later; dhclient keeps trying).
 */
public final class DhcpClientHost extends HostContainer<DhcpClientHost> {

    static final String LEASES = "/var/lib/dhcp/dhclient.leases";
    private static final String PID = "/run/dhclient.pid";

    private final Segment lan;
    private final Set<Integer> tcpPorts = new LinkedHashSet<>();

    public DhcpClientHost(String name, Segment lan) {
        super(name);
        this.lan = lan;
        withSegment(lan);
    }

    /** Also answers TCP on {@code port} with the source it saw (what a firewall must keep out of the LAN). */
    public DhcpClientHost withTcpPort(int port) {
        tcpPorts.add(port);
        return self();
    }

    @Override
    protected void configure() {
        String iface = interfaceOn(lan);
        ResponderCommand responder = new ResponderCommand(tcpPorts, Set.of(), Set.of(), Set.of());
        withDaemon("pidof dhclient && " + responder.readyCheck(), "bash", "-c", "ip addr flush dev " + iface
                + " && dhclient -4 -nw -v -lf " + LEASES + " -pf " + PID + " " + iface + " && exec "
                + (tcpPorts.isEmpty() ? "sleep infinity" : String.join(" ", responder.argv())));
    }

    /** The current lease, if dhclient has one. */
    public Optional<DhcpLease> lease() {
        return DhcpLease.lastIn(exec("cat " + LEASES + " 2>/dev/null || true").orThrow().stdout());
    }

    /** Releases nothing, stops dhclient and asks for a lease again (INIT-REBOOT with the address it had). */
    public void renew() {
        String iface = interfaceOn(lan);
        exec("dhclient -x -pf " + PID + "; dhclient -4 -nw -v -lf " + LEASES + " -pf " + PID + " " + iface).orThrow();
        log.info("{}: asked for a lease again", name());
    }

    /** The address the interface holds now (from DHCP), if any. */
    public Optional<String> currentAddress() {
        String out = exec("ip -4 -o addr show dev " + interfaceOn(lan)).orThrow().stdout().strip();
        return out.isEmpty() ? Optional.empty() : Optional.of(out.split("\\s+")[3].split("/")[0]);
    }
}
