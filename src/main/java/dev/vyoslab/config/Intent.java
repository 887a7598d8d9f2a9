package dev.vyoslab.config;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What world a config expects, as plain data: the one place later layers learn about the config.
 * Every element remembers the source line that introduced it ({@code line}, 0 if unknown).
 * Passwords are kept (the lab must configure the BRAS with them) but never printed by {@code toString}.
 *
 * @param wan                 the uplink Ethernet port (source of PPPoE/tunnel, or the DHCP/SLAAC client), if any
 * @param ssh                 {@code service ssh}: what the router itself listens for, if enabled
 * @param unmodelled          set paths that were present but that no field here describes
 */
public record Intent(
        Optional<Wan> wan,
        List<Tunnel> tunnels,
        List<Pppoe> pppoe,
        List<Lan> lans,
        List<DhcpPool> dhcpPools,
        List<NatRule> sourceNat,
        List<NatRule> destinationNat,
        List<PolicyRoute> policyRoutes,
        List<StaticRoute> staticRoutes,
        List<Firewall> firewalls,
        List<FirewallAttachment> firewallAttachments,
        List<DynamicDns> dynamicDns,
        Optional<Ssh> ssh,
        List<Unmodelled> unmodelled) {

    static final String MASK = "******";

    public Intent {
        tunnels = List.copyOf(tunnels);
        pppoe = List.copyOf(pppoe);
        lans = List.copyOf(lans);
        dhcpPools = List.copyOf(dhcpPools);
        sourceNat = List.copyOf(sourceNat);
        destinationNat = List.copyOf(destinationNat);
        policyRoutes = List.copyOf(policyRoutes);
        staticRoutes = List.copyOf(staticRoutes);
        firewalls = List.copyOf(firewalls);
        firewallAttachments = List.copyOf(firewallAttachments);
        dynamicDns = List.copyOf(dynamicDns);
        unmodelled = List.copyOf(unmodelled);
    }

    public Optional<Firewall> firewall(String name) {
        return firewalls.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<StaticRoute> routesInTable(String table) {
        return staticRoutes.stream().filter(r -> r.table().equals(table)).toList();
    }

    /** How the WAN port gets IPv6. */
    public enum Ipv6Mode {
        /** {@code ipv6 address autoconf}: address from router advertisements. */
        SLAAC,
        /** {@code address dhcpv6} with {@code dhcpv6-options parameters-only}: DNS etc. only, no address. */
        DHCPV6_STATELESS,
        /** {@code address dhcpv6} without parameters-only: an address from DHCPv6. */
        DHCPV6_ADDRESS,
        /** {@code dhcpv6-options pd}: a delegated prefix. */
        DHCPV6_PD
    }

    /**
     * @param ipv6Forwarding false when {@code ipv6 disable-forwarding} is set (the port then acts as a host and accepts RAs)
     * @param staticAddresses addresses configured literally on the port
     */
    public record Wan(String interfaceName, Set<Ipv6Mode> ipv6Modes, boolean dhcpv4, boolean ipv6Forwarding,
                      List<Prefix> staticAddresses, int line) {
        public Wan {
            ipv6Modes = Set.copyOf(ipv6Modes);
            staticAddresses = List.copyOf(staticAddresses);
        }
    }

    /**
     * An IP tunnel, e.g. the DS-Lite softwire ({@code encapsulation ipip6}). {@code mtu} and {@code ipv6} are what VyOS
     * configures: the config's values, else VyOS's defaults (MTU 1476).
     */
    public record Tunnel(String name, String encapsulation, Optional<InetAddress> remote,
                         Optional<InetAddress> sourceAddress, int mtu, Ipv6TunnelParameters ipv6,
                         List<Prefix> addresses, int line) {
        public Tunnel {
            addresses = List.copyOf(addresses);
        }

        /** The remote end as IPv6 (the AFTR), if it is one. */
        public Optional<Inet6Address> remote6() {
            return remote.filter(Inet6Address.class::isInstance).map(Inet6Address.class::cast);
        }

        /** The local end as IPv6 (an address the NGN's prefix must contain), if it is one. */
        public Optional<Inet6Address> source6() {
            return sourceAddress.filter(Inet6Address.class::isInstance).map(Inet6Address.class::cast);
        }
    }

    /**
     * The {@code parameters ipv6} VyOS hands iproute2 for a tunnel over IPv6 (ipip6, ip6ip6, ip6gre), each as iproute2
     * takes it ({@code encaplimit 4}, {@code tclass inherit}): the config's value, else the release's default; empty
     * when neither exists (1.4.0 has no flowlabel default).
     */
    public record Ipv6TunnelParameters(Optional<String> encapLimit, Optional<String> hopLimit,
                                       Optional<String> trafficClass, Optional<String> flowLabel) {
    }

    /** What the PPPoE client does about the default route (VyOS 1.3 {@code default-route}). */
    public enum DefaultRoute {
        /** Install a default route only if none exists (VyOS 1.3 default when unset). */
        AUTO,
        /** Never install one. */
        NONE,
        /** Always install one, replacing an existing default. */
        FORCE
    }

    /**
     * A PPPoE session. {@code mtu}, {@code mru} and {@code defaultRoute} are the values VyOS uses: the config's, else
     * VyOS's defaults (1.3.4: 1492, 1492, AUTO; 1.4: MRU = MTU).
     */
    public record Pppoe(String name, Optional<String> sourceInterface, Optional<String> user,
                        Optional<String> password, int mtu, int mru, DefaultRoute defaultRoute,
                        boolean defaultRouteExplicit, int line) {
        @Override
        public String toString() {
            return "Pppoe[name=" + name + ", sourceInterface=" + sourceInterface + ", user=" + user
                    + ", password=" + password.map(p -> MASK) + ", mtu=" + mtu + ", mru=" + mru + ", defaultRoute=" + defaultRoute
                    + (defaultRouteExplicit ? "" : " (default)") + ", line=" + line + "]";
        }
    }

    /** A routed LAN: the router's address on an inside interface, and the subnet it implies. */
    public record Lan(String interfaceName, InetAddress routerAddress, Prefix subnet, int line) {
    }

    /** One DHCP address range. {@code name} is the VyOS range tag (e.g. {@code dhcp1-subnet}). */
    public record Range(String name, InetAddress start, InetAddress stop, int line) {
        public boolean contains(InetAddress a) {
            return a.getClass() == start.getClass()
                    && Addresses.compare(start, a) <= 0 && Addresses.compare(a, stop) <= 0;
        }
    }

    /**
     * A DHCPv4 subnet served by the router. DNS servers include the shared-network level ones. {@code leaseSeconds} is
     * the subnet's {@code lease}, else VyOS's default (86400).
     */
    public record DhcpPool(String sharedNetwork, Prefix subnet, List<Range> ranges,
                           Optional<InetAddress> defaultRouter, List<InetAddress> dnsServers, int leaseSeconds,
                           int line) {
        public DhcpPool {
            ranges = List.copyOf(ranges);
            dnsServers = List.copyOf(dnsServers);
        }
    }

    /** A port range, both ends inclusive; a single port has {@code from == to}. */
    public record PortRange(int from, int to) {
        public boolean contains(int port) {
            return from <= port && port <= to;
        }

        @Override
        public String toString() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    /**
     * A source or destination match. An absent address matches any address; empty ports match any port.
     * {@code negated} is VyOS's {@code !} prefix on the address.
     */
    public record Match(Optional<Prefix> address, boolean negated, List<PortRange> ports) {
        public static final Match ANY = new Match(Optional.empty(), false, List.of());

        public Match {
            ports = List.copyOf(ports);
        }

        public boolean isAny() {
            return address.isEmpty() && ports.isEmpty();
        }
    }

    /** What a NAT rule rewrites to: masquerade (source NAT only), an address, a port. */
    public record Translation(boolean masquerade, Optional<InetAddress> address, Optional<PortRange> port) {
    }

    /** A source or destination NAT rule. */
    public record NatRule(int number, Optional<String> description, Optional<String> inboundInterface,
                          Optional<String> outboundInterface, Optional<String> protocol, Match source,
                          Match destination, Translation translation, boolean exclude, int line) {
    }

    /** TCP flags as VyOS 1.3 writes them, {@code SYN,!ACK,!FIN,!RST}: flags that must be set, and must not. */
    public record TcpFlags(Set<String> set, Set<String> unset) {
        public TcpFlags {
            set = Set.copyOf(set);
            unset = Set.copyOf(unset);
        }
    }

    /** A policy-route rule. {@code setTable} is {@code main} or a table number. */
    public record PolicyRule(int number, Optional<String> description, Match source, Match destination,
                             Optional<String> protocol, Optional<TcpFlags> tcpFlags, Optional<String> setTable,
                             OptionalInt setTcpMss, int line) {
    }

    /** A {@code policy route} and the interfaces it is attached to ({@code interfaces … policy route NAME}). */
    public record PolicyRoute(String name, List<String> interfaces, List<PolicyRule> rules, int line) {
        public PolicyRoute {
            interfaces = List.copyOf(interfaces);
            rules = List.copyOf(rules);
        }
    }

    /** A static route; {@code table} is {@code main} or a table number. Exactly one of next hop or interface is set, unless blackhole. */
    public record StaticRoute(String table, Prefix prefix, Optional<InetAddress> nextHop,
                              Optional<String> interfaceName, boolean blackhole, int line) {
    }

    public enum Family { IPV4, IPV6 }

    /**
     * What a firewall rule does with a packet it matches. {@code RETURN} leaves the ruleset and lets the packet meet
     * the next one on its path (1.4's {@code return}, and 1.3's {@code accept}, which VyOS 1.3 renders as iptables
     * RETURN); {@code ACCEPT} accepts it there and then, so no later ruleset of that hook sees it (1.4's {@code accept}).
     */
    public enum Action {
        ACCEPT, RETURN, DROP, REJECT;

        /** The ruleset lets the packet through. */
        public boolean passes() {
            return this == ACCEPT || this == RETURN;
        }
    }

    public enum State { ESTABLISHED, RELATED, INVALID, NEW }

    /** One firewall rule; {@code states} holds the states that are enabled in the match. */
    public record FirewallRule(int number, Optional<String> description, Action action, Set<State> states,
                               Optional<String> protocol, Match source, Match destination,
                               Optional<TcpFlags> tcpFlags, int line) {
        public FirewallRule {
            states = Set.copyOf(states);
        }
    }

    /** A named ruleset ({@code firewall name X} is IPv4, {@code firewall ipv6-name X} IPv6). */
    public record Firewall(String name, Family family, Optional<String> description, Action defaultAction,
                           List<FirewallRule> rules, int line) {
        public Firewall {
            rules = List.copyOf(rules);
        }
    }

    public enum Direction { IN, OUT, LOCAL }

    /**
     * {@code interfaces … firewall in|out|local name|ipv6-name RULESET} (1.3), or a jump to RULESET from the forward or
     * input filter matching the interface (1.4+); in the order a packet meets them.
     */
    public record FirewallAttachment(String interfaceName, Direction direction, Family family, String ruleset,
                                     int line) {
    }

    /**
     * One dynamic-DNS service (VyOS 1.3 {@code service dns dynamic interface IF service NAME}). {@code protocol} is
     * the ddclient protocol VyOS writes: for a known service name VyOS's own ({@code dyndns} -> {@code dyndns2}),
     * whatever the config says; else the config's.
     */
    /**
     * {@code service ssh}: the ports (22 by default, vyos-1x@1.3.4 interface-definitions/ssh.xml.in) and the addresses
     * sshd listens on, every address when none is given (data/templates/ssh/sshd_config.tmpl writes no ListenAddress).
     */
    public record Ssh(List<Integer> ports, List<InetAddress> listenAddresses, int line) {
        public Ssh {
            ports = List.copyOf(ports);
            listenAddresses = List.copyOf(listenAddresses);
        }
    }

    public record DynamicDns(String interfaceName, String service, Optional<String> protocol,
                             List<String> hostNames, Optional<String> zone, Optional<String> login,
                             Optional<String> password, Optional<String> server, int line) {
        public DynamicDns {
            hostNames = List.copyOf(hostNames);
        }

        @Override
        public String toString() {
            return "DynamicDns[interface=" + interfaceName + ", service=" + service + ", protocol=" + protocol
                    + ", hostNames=" + hostNames + ", zone=" + zone + ", login=" + login
                    + ", password=" + password.map(p -> MASK) + ", server=" + server + ", line=" + line + "]";
        }
    }

    /** A set path the intent does not describe; a reference router should refuse it. */
    public record Unmodelled(List<String> path, int line) {
        public Unmodelled {
            path = List.copyOf(path);
        }

        @Override
        public String toString() {
            return String.join(" ", path) + (line > 0 ? " (line " + line + ")" : "");
        }
    }

    /** Convenience for the lab: the first IPv4 LAN, if any. */
    public Optional<Lan> firstIpv4Lan() {
        return lans.stream().filter(l -> l.routerAddress() instanceof Inet4Address).findFirst();
    }
}
