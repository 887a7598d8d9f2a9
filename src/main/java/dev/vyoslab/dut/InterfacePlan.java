package dev.vyoslab.dut;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Intent.Ipv6Mode;
import dev.vyoslab.config.Intent.Tunnel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Addresses, SLAAC/forwarding sysctls, stateless DHCPv6 and tunnels as shell steps (helpers of reference-lib.sh).
 * VyOS 1.3 semantics: {@code ipv6 address autoconf} sets accept_ra=2 and autoconf=1 on the port,
 * {@code ipv6 disable-forwarding} sets its forwarding=0 while the router forwards elsewhere,
 * {@code dhcpv6-options parameters-only} runs a stateless DHCPv6 client (DNS only), {@code encapsulation ipip6} is an
 * ip6tnl in mode ipip6 between source-address and remote.
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
        boolean slaac = wan.map(w -> w.ipv6Modes().contains(Ipv6Mode.SLAAC)).orElse(false);
        String wanName = wan.map(Intent.Wan::interfaceName).orElse("");
        if (slaac) {
            // accept_ra=2 before forwarding goes on: the kernel then keeps the RA default route of this port
            s.append("sysctl_set net.ipv6.conf.").append(wanName).append(".accept_ra 2\n")
                    .append("sysctl_set net.ipv6.conf.").append(wanName).append(".autoconf 1\n");
        }
        s.append("sysctl_set net.ipv4.ip_forward 1\nsysctl_set net.ipv6.conf.all.forwarding 1\n")
                .append("sysctl_set net.ipv4.conf.all.rp_filter 0\nsysctl_set net.ipv4.conf.default.rp_filter 0\n");
        wan.filter(w -> !w.ipv6Forwarding())
                .ifPresent(w -> s.append("sysctl_set net.ipv6.conf.").append(w.interfaceName()).append(".forwarding 0\n"));
        ethernets.forEach(e -> s.append("ip link set ").append(e).append(" up\n"));
        String pid = "$V/dhclient6." + wanName + ".pid";
        if (wan.map(w -> w.ipv6Modes().contains(Ipv6Mode.DHCPV6_STATELESS)).orElse(false)) {
            s.append("running ").append(pid).append(" || dhclient -6 -S -nw -pf ").append(pid)
                    .append(" -lf /var/lib/dhcp/dhclient6.").append(wanName).append(".leases ").append(wanName)
                    .append(" </dev/null >/dev/null 2>&1\n");
        } else {
            s.append("for p in $V/dhclient6.*.pid; do [ -e \"$p\" ] && stop \"$p\"; done\n");
        }
        List<String> links = new ArrayList<>();
        for (Tunnel t : intent.tunnels()) {
            links.add(t.name());
            s.append("ip6tnl_sync ").append(t.name()).append(" mode ipip6 local ")
                    .append(text(t.source6().orElseThrow())).append(" remote ")
                    .append(text(t.remote6().orElseThrow())).append('\n');
            OptionalInt mtu = t.mtu();
            mtu.ifPresent(v -> s.append("ip link set ").append(t.name()).append(" mtu ").append(v).append('\n'));
        }
        s.append("links_sync ").append(String.join(" ", links)).append('\n');
        addresses().forEach((dev, list) -> s.append("addrs_sync ").append(dev)
                .append(list.isEmpty() ? "" : " " + String.join(" ", list)).append('\n'));
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
