package dev.vyoslab.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads services and routes: DHCP pools, dynamic DNS, SSH, static routes per table. */
final class ServiceReader {

    private final TreeReader r;
    private final VyosDefaults defaults;

    ServiceReader(TreeReader r, VyosDefaults defaults) {
        this.r = r;
        this.defaults = defaults;
    }

    /**
     * rolling moves the DHCP options under {@code option} (vyos-1x@3710c58 src/migration-scripts/dhcp-server/9-to-10)
     * and numbers each subnet ({@code subnet-id}, which Kea needs and the intent does not).
     */
    private String[] option(String name) {
        return defaults.version() == VyosVersion.ROLLING ? new String[] {"option", name} : new String[] {name};
    }

    List<Intent.DhcpPool> dhcpPools() {
        List<Intent.DhcpPool> out = new ArrayList<>();
        for (ConfigNode net : r.tags(r.root(), "service", "dhcp-server", "shared-network-name")) {
            List<InetAddress> shared = addresses(r.values(net, option("name-server")));
            r.flag(net, "authoritative");
            for (ConfigNode subnet : r.tags(net, "subnet")) {
                Optional<Prefix> prefix = Prefix.parse(subnet.name());
                if (prefix.isEmpty()) {
                    continue;
                }
                List<Intent.Range> ranges = new ArrayList<>();
                for (ConfigNode range : r.tags(subnet, "range")) {
                    Optional<InetAddress> start = r.value(range, "start").flatMap(Addresses::parse);
                    Optional<InetAddress> stop = r.value(range, "stop").flatMap(Addresses::parse);
                    if (start.isPresent() && stop.isPresent()) {
                        ranges.add(new Intent.Range(range.name(), start.get(), stop.get(), range.line()));
                    }
                }
                List<InetAddress> dns = addresses(r.values(subnet, option("name-server")));
                r.value(subnet, "subnet-id");
                // vyos-1x@1.3.4 data/templates/dhcp-server/dhcpd.conf.tmpl: default- and max-lease-time are 'lease'
                int lease = InterfaceReader.number(r.value(subnet, "lease")).orElse(defaults.dhcpLeaseSeconds());
                out.add(new Intent.DhcpPool(net.name(), prefix.get(), ranges,
                        r.value(subnet, option("default-router")).flatMap(Addresses::parse), dns.isEmpty() ? shared : dns,
                        lease, subnet.line()));
            }
        }
        return out;
    }

    Optional<Intent.Ssh> ssh() {
        return r.node(r.root(), "service", "ssh").map(ssh -> {
            List<Integer> ports = r.values(ssh, "port").stream().map(p -> InterfaceReader.number(Optional.of(p)))
                    .filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).toList();
            return new Intent.Ssh(ports.isEmpty() ? List.of(defaults.sshPort()) : ports,
                    addresses(r.values(ssh, "listen-address")), ssh.line());
        });
    }

    List<Intent.DynamicDns> dynamicDns() {
        if (defaults.version() != VyosVersion.V1_3) {
            return dynamicDnsByName();
        }
        List<Intent.DynamicDns> out = new ArrayList<>();
        for (ConfigNode iface : r.tags(r.root(), "service", "dns", "dynamic", "interface")) {
            for (ConfigNode s : r.tags(iface, "service")) {
                Optional<String> protocol = defaults.ddnsProtocol(s.name(), r.value(s, "protocol"));
                out.add(new Intent.DynamicDns(iface.name(), s.name(), protocol, r.values(s, "host-name"),
                        r.value(s, "zone"), r.value(s, "login"), r.value(s, "password"), r.value(s, "server"),
                        s.line()));
            }
        }
        return out;
    }

    /**
     * 1.4+: {@code service dns dynamic name X address interface IF} with its own {@code protocol}
     * (vyos-1x@1.4.0 interface-definitions/service_dns_dynamic.xml.in; src/migration-scripts/dns-dynamic/2-to-3 names
     * each 1.3 service {@code service-<service>-<interface>}).
     */
    private List<Intent.DynamicDns> dynamicDnsByName() {
        List<Intent.DynamicDns> out = new ArrayList<>();
        for (ConfigNode s : r.tags(r.root(), "service", "dns", "dynamic", "name")) {
            Optional<String> iface = r.value(s, "address", "interface");
            if (iface.isEmpty()) {
                continue;
            }
            out.add(new Intent.DynamicDns(iface.get(), s.name(), r.value(s, "protocol"), r.values(s, "host-name"),
                    r.value(s, "zone"), r.value(s, "username"), r.value(s, "password"), r.value(s, "server"),
                    s.line()));
        }
        return out;
    }

    List<Intent.StaticRoute> staticRoutes() {
        List<Intent.StaticRoute> out = new ArrayList<>();
        r.node(r.root(), "protocols", "static").ifPresent(n -> routes("main", n, out));
        for (ConfigNode table : r.tags(r.root(), "protocols", "static", "table")) {
            r.value(table, "description");
            routes(table.name(), table, out);
        }
        return out;
    }

    private void routes(String table, ConfigNode at, List<Intent.StaticRoute> out) {
        for (ConfigNode route : r.tags(at, "route")) {
            Optional<Prefix> prefix = Prefix.parse(route.name());
            if (prefix.isEmpty()) {
                continue;
            }
            for (ConfigNode hop : r.tags(route, "next-hop")) {
                Optional<InetAddress> via = Addresses.parse(hop.name());
                if (hop.isLeaf()) {
                    r.consumeAll(hop);
                }
                out.add(new Intent.StaticRoute(table, prefix.get(), via, r.value(hop, "interface"), false, hop.line()));
            }
            // vyos-1x@1.4.0 src/migration-scripts/quagga/8-to-9: 1.3's interface-route is 'route X interface IF'
            for (ConfigNode hop : r.tags(route, "interface")) {
                if (hop.isLeaf()) {
                    r.consumeAll(hop);
                }
                out.add(new Intent.StaticRoute(table, prefix.get(), Optional.empty(), Optional.of(hop.name()), false,
                        hop.line()));
            }
            if (r.node(route, "blackhole").isPresent()) {
                r.consumeAll(r.node(route, "blackhole").get());
                out.add(new Intent.StaticRoute(table, prefix.get(), Optional.empty(), Optional.empty(), true,
                        r.line(route, "blackhole")));
            }
        }
        for (ConfigNode route : r.tags(at, "interface-route")) {
            Optional<Prefix> prefix = Prefix.parse(route.name());
            for (ConfigNode hop : r.tags(route, "next-hop-interface")) {
                if (prefix.isPresent()) {
                    if (hop.isLeaf()) {
                        r.consumeAll(hop);
                    }
                    out.add(new Intent.StaticRoute(table, prefix.get(), Optional.empty(), Optional.of(hop.name()),
                            false, hop.line()));
                }
            }
        }
    }

    private static List<InetAddress> addresses(List<String> values) {
        return values.stream().map(Addresses::parse).flatMap(Optional::stream).toList();
    }
}
