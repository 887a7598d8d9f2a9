package dev.vyoslab.check;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.CommandResult;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Asks for a DHCPv4 lease with ISC {@code dhclient} on the host's interface in {@code subnet}, without configuring
 * the interface ({@code -sf /bin/true}): the probe observes the server, it does not change the host.
 */
public final class DhcpLease {

    static final String LEASE_FILE = "/tmp/vyoslab-probe.leases";

    /** The last lease in the lease file (parsed as the LAN's DHCP client host parses it); empty when none came. */
    public record Result(Optional<dev.vyoslab.lan.DhcpLease> lease, CommandResult raw) {
        public boolean leased() {
            return lease.isPresent();
        }

        public Optional<InetAddress> address() {
            return lease.map(dev.vyoslab.lan.DhcpLease::address);
        }

        public Optional<InetAddress> router() {
            return lease.flatMap(dev.vyoslab.lan.DhcpLease::router);
        }

        public List<InetAddress> dnsServers() {
            return lease.map(dev.vyoslab.lan.DhcpLease::dnsServers).orElse(List.of());
        }

        public Optional<InetAddress> server() {
            return lease.map(dev.vyoslab.lan.DhcpLease::server);
        }
    }

    private DhcpLease() {
    }

    static String command(Prefix subnet) {
        String pid = "/tmp/vyoslab-probe.pid";
        return "IF=$(ip -o -4 route show " + subnet.network() + " | awk '{print $3; exit}'); "
                + "[ -n \"$IF\" ] || { echo \"no interface in " + subnet.network() + "\" >&2; exit 3; }; "
                + "rm -f " + LEASE_FILE + "; "
                + "timeout 20 dhclient -4 -1 -v -sf /bin/true -lf " + LEASE_FILE + " -pf " + pid + " \"$IF\"; rc=$?; "
                + "dhclient -x -sf /bin/true -pf " + pid + " \"$IF\" >/dev/null 2>&1; "
                + "cat " + LEASE_FILE + " 2>/dev/null; exit $rc";
    }

    static Result parse(CommandResult r) {
        return new Result(dev.vyoslab.lan.DhcpLease.lastIn(r.stdout()), r);
    }

    public static Result run(ProbeHost host, Prefix subnet) {
        return parse(host.exec(command(subnet)));
    }
}
