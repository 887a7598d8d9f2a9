package dev.vyoslab.isp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * dnsmasq as a stateless DHCPv6 server only: no DNS (port 0), no addresses, no router advertisements (radvd sends
 * those); it answers every Information-request on the interface with the DNS servers (the "::,static" catch-all
 * range of dnsmasq(8)).
 */
record Dhcpv6StatelessConf(String iface, List<InetAddress> dnsServers, List<String> domainSearch) {

    Dhcpv6StatelessConf {
        dnsServers = List.copyOf(dnsServers);
        domainSearch = List.copyOf(domainSearch);
        if (dnsServers.isEmpty()) {
            throw new IllegalArgumentException("stateless DHCPv6 needs at least one DNS server to hand out");
        }
        for (InetAddress a : dnsServers) {
            if (!(a instanceof Inet6Address)) {
                throw new IllegalArgumentException("a DHCPv6 DNS server must be IPv6, not " + a.getHostAddress());
            }
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("port=0\n").append("interface=").append(iface).append('\n')
                .append("bind-dynamic\n")
                .append("dhcp-range=::,static\n")
                .append("dhcp-option=option6:dns-server");
        dnsServers.forEach(a -> out.append(",[").append(IspAddresses.literal(a)).append(']'));
        out.append('\n');
        if (!domainSearch.isEmpty()) {
            out.append("dhcp-option=option6:domain-search,").append(String.join(",", domainSearch)).append('\n');
        }
        return out.append("log-dhcp\nlog-facility=-\n").toString();
    }
}
