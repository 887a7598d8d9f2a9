package dev.vyoslab.dut;

import java.util.List;
import java.util.Optional;

/** A router's own view of itself at one moment, as the checks need it. */
public record RouterState(List<InterfaceState> interfaces, List<DhcpLease> leases, List<RouteEntry> routes) {

    public Optional<InterfaceState> iface(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public List<RouteEntry> routes(String table) {
        return routes.stream().filter(r -> r.table().equals(table)).toList();
    }

    /** One interface: admin/oper state and its addresses in CIDR form. */
    public record InterfaceState(String name, boolean up, List<String> addresses, int mtu) {
    }

    /** A lease the router's DHCP server handed out. */
    public record DhcpLease(String address, String mac, String hostname) {
    }

    /** A route in a table ("main" or a number); {@code via} or {@code device} may be empty. */
    public record RouteEntry(String table, String prefix, String via, String device) {
    }
}
