package dev.vyoslab.isp;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * dnsmasq as the lab's authoritative-only resolver: the given names and nothing else (no upstream, no /etc/hosts),
 * every query logged.
 */
record LabDnsConf(List<String> interfaces, Map<String, List<InetAddress>> hosts) {

    LabDnsConf {
        interfaces = List.copyOf(interfaces);
        hosts = Map.copyOf(new TreeMap<>(hosts));
        for (String name : hosts.keySet()) {
            if (!name.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
                throw new IllegalArgumentException("not a host name: '" + name + "'");
            }
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# lab resolver: answers only the names below; nothing is forwarded out of the lab\n");
        out.append("port=53\nno-resolv\nno-hosts\nno-poll\nbind-dynamic\nlog-queries\nlog-facility=-\n");
        interfaces.forEach(i -> out.append("interface=").append(i).append('\n'));
        // local=: a name served here answers types it lacks with NODATA instead of REFUSED (no upstream), so a
        // resolver asking A and AAAA together (glibc, busybox) gets the A record
        new TreeMap<>(hosts).forEach((name, addresses) -> out.append("host-record=").append(name)
                .append(addresses.stream().map(a -> "," + a.getHostAddress()).reduce("", String::concat))
                .append("\nlocal=/").append(name).append("/\n"));
        return out.toString();
    }
}
