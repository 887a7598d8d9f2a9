package dev.vyoslab.dut.reference;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Intent.Ipv6Mode;
import dev.vyoslab.config.Intent.Tunnel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses, SLAAC/forwarding sysctls, stateless DHCPv6 and tunnels as shell steps (helpers of reference-lib.sh).
 * VyOS 1.3 semantics: every port gets accept_ra, autoconf and forwarding written (autoconf=1 only with
 * {@code ipv6 address autoconf}), {@code ipv6 disable-forwarding} sets its forwarding=0 while the router forwards
 * elsewhere, {@code dhcpv6-options parameters-only} runs an information-only DHCPv6 client whose answers are not used,
 * {@code encapsulation ipip6} is an ip6tnl in mode ipip6 between source-address and remote with VyOS's parameters
 * and MTU.
 */
final class InterfacePlan {

    private final Intent intent;
    private final List<String> ethernets;

    InterfacePlan(Intent intent, List<String> ethernets) {
        this.intent = intent;
        this.ethernets = List.copyOf(ethernets);
    }

    void refuseUnsupported(Refusals r) {
        intent.wan().ifPresent(w -> {
            if (w.dhcpv4()) {
                r.refuse(w.line(), "interfaces ethernet " + w.interfaceName() + " address dhcp");
            }
            for (Ipv6Mode m : EnumSet.of(Ipv6Mode.DHCPV6_ADDRESS, Ipv6Mode.DHCPV6_PD)) {
                if (w.ipv6Modes().contains(m)) {
                    r.refuse(w.line(), "interfaces ethernet " + w.interfaceName() + " " + (m == Ipv6Mode.DHCPV6_PD
                            ? "dhcpv6-options pd" : "address dhcpv6 (stateful)"));
                }
            }
        });
        for (Tunnel t : intent.tunnels()) {
            if (!t.encapsulation().equals("ipip6")) {
                r.refuse(t.line(), "interfaces tunnel " + t.name() + " encapsulation " + t.encapsulation());
            } else if (t.remote6().isEmpty() || t.source6().isEmpty()) {
                r.refuse(t.line(), "interfaces tunnel " + t.name() + " without an IPv6 remote and source-address");
            }
        }
    }

    /** Addresses wanted per guest ethernet and tunnel, in CIDR form. */
    Map<String, List<String>> addresses() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        ethernets.forEach(e -> m.put(e, new ArrayList<>()));
        intent.wan().ifPresent(w -> w.staticAddresses().forEach(a -> add(m, w.interfaceName(), a.toString())));
        intent.lans().forEach(l -> add(m, l.interfaceName(),
                l.routerAddress().getHostAddress() + "/" + l.subnet().length()));
        for (Tunnel t : intent.tunnels()) {
            m.put(t.name(), new ArrayList<>());
            t.addresses().forEach(a -> add(m, t.name(), a.toString()));
        }
        return m;
    }

    private static void add(Map<String, List<String>> m, String dev, String address) {
        m.computeIfAbsent(dev, k -> new ArrayList<>()).add(address);
    }

    String render() {
        StringBuilder s = new StringBuilder("# interfaces\nmodprobe -q ip6_tunnel || true\n");
        var wan = intent.wan();
        String wanName = wan.map(Intent.Wan::interfaceName).orElse("");
        // before forwarding goes on: a port with accept_ra=2 then keeps its RA default route
        ethernets.forEach(e -> slaac(s, e, wan.filter(w -> w.interfaceName().equals(e))));
        s.append("sysctl_set net.ipv4.ip_forward 1\nsysctl_set net.ipv6.conf.all.forwarding 1\n")
                .append("sysctl_set net.ipv4.conf.all.rp_filter 0\nsysctl_set net.ipv4.conf.default.rp_filter 0\n");
        // vyos-1x@1.3.4 python/vyos/ifconfig/interface.py update(): forwarding 0 with 'ipv6 disable-forwarding', else 1
        ethernets.forEach(e -> s.append("sysctl_set net.ipv6.conf.").append(e).append(".forwarding ")
                .append(wan.filter(w -> w.interfaceName().equals(e) && !w.ipv6Forwarding()).isPresent() ? 0 : 1)
                .append('\n'));
        ethernets.forEach(e -> s.append("ip link set ").append(e).append(" up\n"));
        wan.filter(w -> w.ipv6Modes().contains(Ipv6Mode.SLAAC))
                .ifPresent(w -> s.append("ra_solicit ").append(w.interfaceName()).append('\n'));
        dhcpv6(s, wanName, wan.map(w -> w.ipv6Modes().contains(Ipv6Mode.DHCPV6_STATELESS)).orElse(false));
        List<String> links = new ArrayList<>();
        for (Tunnel t : intent.tunnels()) {
            links.add(t.name());
            s.append("ip6tnl_sync ").append(t.name()).append(" mode ipip6 local ")
                    .append(text(t.source6().orElseThrow())).append(" remote ")
                    .append(text(t.remote6().orElseThrow())).append(ipv6Parameters(t.ipv6())).append('\n');
            // vyos-1x@1.3.4 interface-definitions/interfaces-tunnel.xml.in: mtu defaultValue 1476 (the kernel's is 1452)
            s.append("ip link set ").append(t.name()).append(" mtu ").append(t.mtu()).append('\n');
        }
        s.append("links_sync ").append(String.join(" ", links)).append('\n');
        addresses().forEach((dev, list) -> s.append("addrs_sync ").append(dev)
                .append(list.isEmpty() ? "" : " " + String.join(" ", list)).append('\n'));
        return s.toString();
    }

    /**
     * Both SLAAC sysctls of a port, always, as vyos-1x@1.3.4 python/vyos/ifconfig/interface.py update() writes them:
     * accept_ra 2 with {@code ipv6 address autoconf} or {@code address dhcpv6}, else 1; autoconf 1 only with
     * {@code ipv6 address autoconf}. Without autoconf the port forms no SLAAC address, whatever the kernel's default.
     */
    private static void slaac(StringBuilder s, String port, java.util.Optional<Intent.Wan> wan) {
        boolean autoconf = wan.map(w -> w.ipv6Modes().contains(Ipv6Mode.SLAAC)).orElse(false);
        boolean dhcpv6 = wan.map(w -> w.ipv6Modes().contains(Ipv6Mode.DHCPV6_STATELESS)
                || w.ipv6Modes().contains(Ipv6Mode.DHCPV6_ADDRESS)).orElse(false);
        s.append("sysctl_set net.ipv6.conf.").append(port).append(".accept_ra ").append(autoconf || dhcpv6 ? 2 : 1)
                .append("\nsysctl_set net.ipv6.conf.").append(port).append(".autoconf ").append(autoconf ? 1 : 0)
                .append('\n');
    }

    /**
     * Stateless DHCPv6 as VyOS's client runs it: information-only, and what it learns is not used (see Dhclient6Conf).
     * ISC dhclient -S exits once answered (VyOS's dhcp6c stays to refresh); the answer being unused, one request per
     * apply is the same to the lab.
     */
    private static void dhcpv6(StringBuilder s, String port, boolean stateless) {
        if (!stateless) {
            s.append("for p in $V/dhclient6.*.pid; do [ -e \"$p\" ] && stop \"$p\"; done; rm -f $V/dhclient6.*.conf\n");
            return;
        }
        String base = "$V/dhclient6." + port;
        s.append("stage ").append(base).append(".conf <<'VYOSLAB_EOF'\n").append(Dhclient6Conf.render())
                .append("VYOSLAB_EOF\n").append("commit ").append(base).append(".conf\n")
                .append("running ").append(base).append(".pid || dhclient -6 -S -nw -cf ").append(base).append(".conf -sf ")
                .append(Dhclient6Conf.SCRIPT).append(" -pf ").append(base).append(".pid -lf /var/lib/dhcp/dhclient6.")
                .append(port).append(".leases ").append(port).append(" </dev/null >/dev/null 2>&1\n");
    }

    /** vyos-1x@1.3.4 python/vyos/ifconfig/tunnel.py _create(): mapping_ipv6 as iproute2 options, in its order. */
    static String ipv6Parameters(Intent.Ipv6TunnelParameters p) {
        StringBuilder s = new StringBuilder();
        p.encapLimit().ifPresent(v -> s.append(" encaplimit ").append(v));
        p.flowLabel().ifPresent(v -> s.append(" flowlabel ").append(v));
        p.hopLimit().ifPresent(v -> s.append(" hoplimit ").append(v));
        p.trafficClass().ifPresent(v -> s.append(" tclass ").append(v));
        return s.toString();
    }

    /** An address as iproute2 prints it (RFC 5952: the longest run of zero hextets compressed). */
    static String text(java.net.InetAddress address) {
        if (!(address instanceof java.net.Inet6Address)) {
            return address.getHostAddress();
        }
        String[] h = address.getHostAddress().replaceAll("%.*", "").split(":");
        int best = -1;
        int bestLen = 1;
        for (int i = 0; i < h.length; i++) {
            int j = i;
            while (j < h.length && h[j].equals("0")) {
                j++;
            }
            if (j - i > bestLen) {
                best = i;
                bestLen = j - i;
            }
        }
        if (best < 0) {
            return String.join(":", h);
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(h, 0, best));
        String tail = String.join(":", java.util.Arrays.copyOfRange(h, best + bestLen, h.length));
        return head + "::" + tail;
    }
}
