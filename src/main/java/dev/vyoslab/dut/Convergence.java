package dev.vyoslab.dut;

import dev.vyoslab.config.Intent;

/** Guest-side probes: what of an applied intent is not up yet, and a full state dump for artifacts. */
final class Convergence {

    static final String DUMP = "set +e; for c in 'ip addr' 'ip -6 addr' 'ip rule' 'ip route show table all' "
            + "'ip -6 route show table all' 'nft list ruleset' 'ps -ef' 'cat /var/lib/dhcp/dhcpd.leases' "
            + "'tail -n 50 /var/log/ppp-*.log' 'cat /run/vyoslab/daemons.log' 'cat /etc/resolv.conf'; "
            + "do echo \"### $c\"; sh -c \"$c\" 2>&1; done";

    private Convergence() {
    }

    /** A script printing one line per thing not up yet (tunnel source on the WAN, tunnel link, PPPoE address). */
    static String script(Intent intent) {
        StringBuilder s = new StringBuilder();
        String wan = intent.wan().map(Intent.Wan::interfaceName).orElse("eth0");
        for (Intent.Tunnel t : intent.tunnels()) {
            t.source6().ifPresent(src -> s.append("ip -6 addr show dev ").append(wan).append(" | grep 'inet6 ")
                    .append(InterfacePlan.text(src)).append("/' | grep -qv tentative || echo 'tunnel source ")
                    .append(InterfacePlan.text(src)).append(" not on ").append(wan).append("'\n"));
            s.append("ip link show ").append(t.name()).append(" 2>/dev/null | grep -q ',UP' || echo '")
                    .append(t.name()).append(" not up'\n");
        }
        for (Intent.Pppoe p : intent.pppoe()) {
            s.append("ip -4 addr show dev ").append(p.name()).append(" 2>/dev/null | grep -q inet || echo '")
                    .append(p.name()).append(" has no address (PPPoE session not up)'\n");
        }
        for (Intent.Lan l : intent.lans()) {
            s.append("ip addr show dev ").append(l.interfaceName()).append(" | grep -q ' ")
                    .append(InterfacePlan.text(l.routerAddress())).append("/' || echo '")
                    .append(l.interfaceName()).append(" lacks ").append(InterfacePlan.text(l.routerAddress()))
                    .append("'\n");
        }
        return s.append("true\n").toString();
    }
}
