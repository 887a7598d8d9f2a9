package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import dev.vyoslab.config.CommitChecks.Refusal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commit checks of {@code service dhcp-server}: vyos-1x@1.3.4 {@code src/conf_mode/dhcp_server.py verify()},
 * vyos-1x@1.4.0 {@code src/conf_mode/service_dhcp-server.py verify()} (the same checks, plus unique static mappings).
 * "Connected" is read from the config's own interface addresses, where VyOS asks the running system.
 */
final class DhcpServerCommitCheck {

    private DhcpServerCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        Optional<ConfigNode> dhcp = tree.node(List.of("service", "dhcp-server"));
        if (dhcp.isEmpty() || node(dhcp.get(), "disable").isPresent() || version == VyosVersion.ROLLING) {
            return; // rolling's Kea-based service_dhcp-server.py is not ported yet
        }
        error(dhcp.get(), version, interfaceAddresses(tree)).ifPresent(e ->
                CommitChecks.refuse(diag, version, e.line(), "service dhcp-server", e.message()));
    }

    static Optional<Refusal> error(ConfigNode dhcp, VyosVersion version, List<Prefix> connected) {
        // vyos-1x@1.3.4 src/conf_mode/dhcp_server.py verify(), in its order; the first error ends the commit
        List<ConfigNode> networks = node(dhcp, "shared-network-name").map(ConfigNode::children).orElse(List.of());
        if (networks.isEmpty()) {
            return refusal(dhcp.line(), "No DHCP shared networks configured.\nAt least one DHCP shared network must be"
                    + " configured.");
        }
        boolean listenOk = false;
        boolean failoverOk = false;
        int disabled = 0;
        List<Prefix> subnets = new ArrayList<>();
        String failover = version == VyosVersion.V1_3 ? "failover" : "high-availability";
        for (ConfigNode network : networks) {
            if (node(network, "disable").isPresent()) {
                disabled++;
            }
            List<ConfigNode> subnetNodes = node(network, "subnet").map(ConfigNode::children).orElse(List.of());
            if (subnetNodes.isEmpty()) {
                return refusal(network.line(), "No subnets defined for " + network.name() + ". At least one\nlease"
                        + " subnet must be configured.");
            }
            for (ConfigNode s : subnetNodes) {
                Prefix subnet = Prefix.parse(s.name()).orElseThrow();
                String where = "shared-network \"" + network.name() + ", " + s.name() + "\"!";
                for (ConfigNode route : node(s, "static-route").map(ConfigNode::children).orElse(List.of())) {
                    if (node(route, "next-hop").isEmpty()) {
                        return refusal(route.line(), "DHCP static-route \"" + route.name() + "\" requires router to be"
                                + " defined!");
                    }
                }
                if (node(s, "enable-failover").isPresent()) {
                    if (node(dhcp, failover).isEmpty()) {
                        return refusal(lineOf(s, "enable-failover"), version == VyosVersion.V1_3
                                ? "Can not enable failover for \"" + s.name() + "\" in \"" + network.name()
                                        + "\".\nFailover is not configured globally!"
                                : "Can not enable high availability for \"" + s.name() + "\" in \"" + network.name()
                                        + "\".\nHigh availability is not configured globally!");
                    }
                    failoverOk = true;
                }
                List<InetAddress[]> ranges = new ArrayList<>();
                for (ConfigNode range : node(s, "range").map(ConfigNode::children).orElse(List.of())) {
                    Optional<InetAddress> start = value(range, "start").flatMap(Addresses::parse);
                    Optional<InetAddress> stop = value(range, "stop").flatMap(Addresses::parse);
                    if (start.isEmpty() || stop.isEmpty()) {
                        return refusal(range.line(), "DHCP range \"" + range.name() + "\" start and stop address must"
                                + " be defined!");
                    }
                    for (String key : List.of("start", "stop")) {
                        if (!subnet.contains((key.equals("start") ? start : stop).get())) {
                            return refusal(lineOf(range, key), "DHCP range \"" + range.name() + "\" " + key
                                    + " address not within " + where);
                        }
                    }
                    if (Addresses.compare(stop.get(), start.get()) < 0) {
                        return refusal(lineOf(range, "stop"), "DHCP range \"" + range.name() + "\" stop address must be"
                                + " greater or equal\nto the ranges start address!");
                    }
                    for (InetAddress[] other : ranges) {
                        for (String key : List.of("start", "stop")) {
                            InetAddress a = (key.equals("start") ? start : stop).get();
                            if (Addresses.compare(a, other[0]) >= 0 && Addresses.compare(a, other[1]) <= 0) {
                                return refusal(lineOf(range, key), "Range \"" + range.name() + "\" " + key
                                        + " address \"" + Addresses.format(a) + "\" already part of another range!");
                            }
                        }
                    }
                    ranges.add(new InetAddress[] {start.get(), stop.get()});
                }
                for (ConfigNode exclude : node(s, "exclude").map(ConfigNode::children).orElse(List.of())) {
                    if (Addresses.parse(exclude.name()).filter(subnet::contains).isEmpty()) {
                        return refusal(exclude.line(), "Excluded IP address \"" + exclude.name() + "\" not within "
                                + where);
                    }
                }
                List<ConfigNode> mappings = node(s, "static-mapping").map(ConfigNode::children).orElse(List.of());
                if (node(s, "range").isEmpty() && mappings.isEmpty()) {
                    return refusal(s.line(), "No DHCP address range or active static-mapping configured\nwithin "
                            + where);
                }
                Optional<Refusal> mapping = mappings(mappings, subnet, where, version);
                if (mapping.isPresent()) {
                    return mapping;
                }
                // "There must be one subnet connected to a listen interface" (is_subnet_connected, primary=False)
                if (node(network, "disable").isEmpty() && connected.stream().anyMatch(a -> subnet.contains(a.address()))) {
                    listenOk = true;
                }
                if (subnets.contains(subnet)) {
                    return refusal(s.line(), "Configured subnets must be unique! Subnet \"" + s.name() + "\"\ndefined"
                            + " multiple times!");
                }
                subnets.add(subnet);
                for (Prefix other : subnets) {
                    if (!other.equals(subnet) && (other.contains(subnet.address()) || subnet.contains(other.address()))) {
                        return refusal(s.line(), "Conflicting subnet ranges: \"" + subnet + "\" overlaps \"" + other
                                + "\"!");
                    }
                }
            }
        }
        if (networks.size() - disabled < 1) {
            return refusal(dhcp.line(), "At least one shared network must be active!");
        }
        Optional<ConfigNode> fo = node(dhcp, failover);
        if (fo.isPresent()) {
            if (!failoverOk) {
                return refusal(fo.get().line(), "DHCP failover must be enabled for at least one subnet!");
            }
            for (String key : List.of("name", "remote", "source-address", "status")) {
                if (node(fo.get(), key).isEmpty()) {
                    return refusal(fo.get().line(), "DHCP failover requires \"" + key + "\" to be specified!");
                }
            }
        }
        for (ConfigNode listen : node(dhcp, "listen-address").map(ConfigNode::children).orElse(List.of())) {
            if (connected.stream().anyMatch(a -> Addresses.format(a.address()).equals(listen.name()))) {
                listenOk = true;
            } else {
                return refusal(listen.line(), "listen-address \"" + listen.name() + "\" not configured on any interface");
            }
        }
        if (!listenOk) {
            return refusal(dhcp.line(), "None of the configured subnets have an appropriate primary IP address on any\n"
                    + "broadcast interface configured, nor was there an explicit listen-address\nconfigured for serving"
                    + " DHCP relay packets!");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> mappings(List<ConfigNode> mappings, Prefix subnet, String where,
                                              VyosVersion version) {
        Set<String> ips = new HashSet<>();
        Set<String> macs = new HashSet<>();
        for (ConfigNode m : mappings) {
            Optional<String> ip = value(m, "ip-address");
            Optional<String> mac = value(m, "mac-address");
            boolean active = node(m, "disable").isEmpty();
            if (ip.isPresent()) {
                if (Addresses.parse(ip.get()).filter(subnet::contains).isEmpty()) {
                    return refusal(lineOf(m, "ip-address"), "Configured static lease address for mapping \"" + m.name()
                            + "\" is\nnot within " + where);
                }
                if (mac.isEmpty()) {
                    return refusal(m.line(), "MAC address required for static mapping \"" + m.name() + "\"\nwithin "
                            + where);
                }
                // vyos-1x@1.4.0 src/conf_mode/service_dhcp-server.py verify(): unique addresses and MACs (not in 1.3.4)
                if (version != VyosVersion.V1_3 && active && !ips.add(ip.get())) {
                    return refusal(m.line(), "Configured IP address for static mapping \"" + m.name() + "\" already"
                            + " exists on another static mapping");
                }
            }
            if (version != VyosVersion.V1_3 && mac.isPresent() && active && !macs.add(mac.get())) {
                return refusal(m.line(), "Configured MAC address for static mapping \"" + m.name() + "\" already"
                        + " exists on another static mapping");
            }
        }
        return Optional.empty();
    }

    /** Every address with prefix length set on an interface of the config, at any depth (vif, pppoe...). */
    static List<Prefix> interfaceAddresses(ConfigTree tree) {
        List<Prefix> out = new ArrayList<>();
        tree.node(List.of("interfaces")).ifPresent(n -> collect(n, out));
        return out;
    }

    private static void collect(ConfigNode n, List<Prefix> out) {
        for (ConfigNode c : n.children()) {
            if (c.name().equals("address")) {
                c.children().forEach(v -> Prefix.parse(v.name()).filter(p -> v.name().contains("/")).ifPresent(out::add));
            } else {
                collect(c, out);
            }
        }
    }

    private static Optional<Refusal> refusal(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }
}
