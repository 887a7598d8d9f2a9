package dev.vyoslab.dut.reference;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.VyosConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a config's {@link Intent} into one idempotent bash script for the reference router's guest. Applying the
 * same config twice changes nothing (every step compares before it acts); a changed config replaces the old state:
 * nft tables are rebuilt in one transaction, ip rules and static routes are replaced, and a daemon restarts only when
 * its own config changed. All generated files are checked (nft -c, dhcpd -t) before anything changes.
 * Whatever the reference router does not realise is refused by {@link #refusals()} instead.
 */
final class ReferencePlan {

    static final String RUN_DIR = "/run/vyoslab";
    static final String DONE = "vyoslab-apply: ok";
    private static final String EOF = "VYOSLAB_EOF";

    private final String source;
    private final Intent intent;
    private final List<String> ethernets;
    private final InterfacePlan interfaces;
    private final PolicyRouting routing;

    ReferencePlan(String source, Intent intent, List<String> ethernets) {
        this.source = source;
        this.intent = intent;
        this.ethernets = List.copyOf(ethernets);
        this.interfaces = new InterfacePlan(intent, ethernets);
        this.routing = new PolicyRouting(intent);
    }

    static ReferencePlan of(VyosConfig config, List<String> ethernets) {
        return new ReferencePlan(config.sourceName(), config.intent(), ethernets);
    }

    /** Everything in the config this router would not realise; apply only when this is empty. */
    List<Diagnostic> refusals() {
        Refusals r = new Refusals(source);
        intent.unmodelled().forEach(u -> r.refuse(u.line(), String.join(" ", u.path())));
        interfaces.refuseUnsupported(r);
        Set<String> known = new HashSet<>(ethernets);
        intent.tunnels().forEach(t -> known.add(t.name()));
        intent.pppoe().forEach(p -> known.add(p.name()));
        known.add("any");
        intent.lans().forEach(l -> unknown(r, known, l.interfaceName(), l.line()));
        intent.wan().ifPresent(w -> unknown(r, known, w.interfaceName(), w.line()));
        for (Intent.Pppoe p : intent.pppoe()) {
            if (p.sourceInterface().isEmpty()) {
                r.refuse(p.line(), "interfaces pppoe " + p.name() + " without source-interface");
            } else {
                unknown(r, known, p.sourceInterface().get(), p.line());
            }
        }
        for (Intent.NatRule n : intent.sourceNat()) {
            n.outboundInterface().ifPresent(i -> unknown(r, known, i, n.line()));
        }
        for (Intent.NatRule n : intent.destinationNat()) {
            n.inboundInterface().ifPresent(i -> unknown(r, known, i, n.line()));
        }
        intent.firewallAttachments().forEach(a -> unknown(r, known, a.interfaceName(), a.line()));
        intent.staticRoutes().forEach(s -> s.interfaceName().ifPresent(i -> unknown(r, known, i, s.line())));
        for (Intent.PolicyRoute p : intent.policyRoutes()) {
            p.interfaces().forEach(i -> unknown(r, known, i, p.line()));
            for (Intent.PolicyRule rule : p.rules()) {
                int sets = (rule.setTable().isPresent() ? 1 : 0) + (rule.setTcpMss().isPresent() ? 1 : 0);
                if (sets != 1) {
                    r.refuse(rule.line(), "policy route " + p.name() + " rule " + rule.number()
                            + (sets == 0 ? " without set table or set tcp-mss" : " with more than one set"));
                }
            }
        }
        intent.dynamicDns().forEach(d -> unknown(r, known, d.interfaceName(), d.line()));
        intent.dynamicDns().stream().filter(d -> d.protocol().isEmpty()).forEach(d -> r.refuse(d.line(),
                "service dns dynamic interface " + d.interfaceName() + " service " + d.service() + " without protocol"));
        for (Intent.DhcpPool pool : intent.dhcpPools()) {
            if (dhcpInterfaces(List.of(pool)).isEmpty()) {
                r.refuse(pool.line(), "dhcp-server subnet " + pool.subnet() + " on no interface of the router");
            }
        }
        return r.all();
    }

    private static void unknown(Refusals r, Set<String> known, String name, int line) {
        if (!known.contains(name)) {
            r.refuse(line, "interface " + name + " (the reference router has " + known + ")");
        }
    }

    private List<String> dhcpInterfaces(List<Intent.DhcpPool> pools) {
        return intent.lans().stream()
                .filter(l -> pools.stream().anyMatch(p -> p.subnet().network().equals(l.subnet().network())))
                .map(Intent.Lan::interfaceName).distinct().toList();
    }

    String script() {
        StringBuilder s = new StringBuilder("#!/bin/bash\n").append(resource("reference-lib.sh"));
        s.append("\n# stage every file first and check it before anything changes\nmark start\n");
        file(s, "$V/nft.conf", new NftRuleset(intent).render());
        s.append("nft -c -f $V/nft.conf.new\n");
        boolean dhcp = !intent.dhcpPools().isEmpty();
        if (dhcp) {
            file(s, "$V/dhcpd.conf", new DhcpdConf(intent.dhcpPools()).render());
            s.append("dhcpd -t -q -cf $V/dhcpd.conf.new\n");
        }
        file(s, "$V/rules", lines(routing.rules()));
        file(s, "$V/routes", lines(routing.routes()));
        s.append("mark checked\n").append('\n').append(interfaces.render()).append("mark interfaces\n");
        s.append("\n# nftables: nat, policy marks and MSS, firewall\n")
                .append("if changed $V/nft.conf; then nft -f $V/nft.conf.new; fi\ncommit $V/nft.conf\n");
        s.append("mark nft\n\n# policy routing and static routes\nrules_sync\nroutes_sync\nmark routing\n");
        s.append("\n# DHCP server\n");
        if (dhcp) {
            s.append("touch /var/lib/dhcp/dhcpd.leases\n")
                    .append("daemon_sync $V/dhcpd.pid $V/dhcpd.conf dhcpd -4 -q -cf $V/dhcpd.conf -pf $V/dhcpd.pid")
                    .append(" -lf /var/lib/dhcp/dhcpd.leases ").append(String.join(" ", dhcpInterfaces(intent.dhcpPools())))
                    .append('\n');
        } else {
            s.append("stop $V/dhcpd.pid; rm -f $V/dhcpd.conf\n");
        }
        s.append("mark dhcpd\n");
        ssh(s);
        s.append("mark sshd\n");
        pppoe(s);
        s.append("mark pppd\n");
        ddclient(s);
        return s.append("mark ddclient\necho '").append(DONE).append("'\n").toString();
    }

    private void pppoe(StringBuilder s) {
        s.append("\n# PPPoE sessions\nmodprobe -q pppoe || true\n[ -e /dev/ppp ] || mknod /dev/ppp c 108 0\n");
        s.append("mkdir -p /etc/ppp/peers /etc/ppp/ip-up.d\n")
                .append("cat > /etc/ppp/ip-up.d/0000vyoslab <<'").append(EOF).append("'\n#!/bin/sh\n")
                .append("# vyos-lab: routes through the new session, then per-session actions (dynamic DNS)\n")
                .append("/run/vyoslab/routes-install\n[ -x /run/vyoslab/ppp-up ] && /run/vyoslab/ppp-up \"$PPP_IFACE\"\n")
                .append("exit 0\n").append(EOF).append("\nchmod 755 /etc/ppp/ip-up.d/0000vyoslab\n");
        List<String> names = intent.pppoe().stream().map(Intent.Pppoe::name).toList();
        s.append("for old in $(cat $V/pppoe 2>/dev/null); do case \" ").append(String.join(" ", names))
                .append(" \" in *\" $old \"*) ;; *) stop /run/ppp-$old.pid; rm -f /etc/ppp/peers/$old ;; esac; done\n")
                .append("echo '").append(String.join(" ", names)).append("' > $V/pppoe\n");
        for (Intent.Pppoe p : intent.pppoe()) {
            file(s, "/etc/ppp/peers/" + p.name(), new PppdOptions(p).render());
            s.append("daemon_sync /run/ppp-").append(p.name()).append(".pid /etc/ppp/peers/").append(p.name())
                    .append(" pppd call ").append(p.name()).append('\n');
        }
    }

    /**
     * The config's {@code service ssh}: an sshd of its own on the config's ports and addresses (every address when it
     * names none, as VyOS's sshd_config template writes no ListenAddress then), beside the harness's sshd, which
     * listens on the management address only.
     */
    private void ssh(StringBuilder s) {
        s.append("\n# SSH service\n");
        if (intent.ssh().isEmpty()) {
            s.append("stop $V/sshd.pid; rm -f $V/sshd.conf\n");
            return;
        }
        Intent.Ssh ssh = intent.ssh().get();
        // sshd takes the first value of a keyword: the service's own come before the guest's defaults
        StringBuilder conf = new StringBuilder("PidFile " + RUN_DIR + "/sshd.pid\n");
        ssh.ports().forEach(p -> conf.append("Port ").append(p).append('\n'));
        ssh.listenAddresses().forEach(a -> conf.append("ListenAddress ").append(a.getHostAddress()).append('\n'));
        conf.append("Include /etc/ssh/sshd_config\n");
        file(s, "$V/sshd.conf", conf.toString());
        s.append("sshd -t -f $V/sshd.conf.new\ndaemon_sync $V/sshd.pid $V/sshd.conf /usr/sbin/sshd -f $V/sshd.conf\n");
    }

    private void ddclient(StringBuilder s) {
        s.append("\n# dynamic DNS\n");
        s.append("cat > $V/ddclient-restart <<'").append(EOF).append("'\n")
                .append(new DdclientRestart(RUN_DIR).render()).append(EOF).append("\nchmod 755 $V/ddclient-restart\n");
        if (intent.dynamicDns().isEmpty()) {
            // VyOS keeps ddclient's cache (vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py apply() only stops it); the
            // lab's DNS API forgets its records once no client is configured, so the cache must go with them.
            // The session hook and the config go first; a restart already under way then ends without starting one.
            s.append("rm -f $V/ppp-up $V/ddclient.conf\n$V/ddclient-restart\nrm -f $V/ddclient.cache\n");
            return;
        }
        file(s, "$V/ddclient.conf", new DdclientConf(intent.dynamicDns(), RUN_DIR).render());
        s.append("if changed $V/ddclient.conf || ! running $V/ddclient.pid; then commit $V/ddclient.conf;")
                .append(" $V/ddclient-restart; else commit $V/ddclient.conf; fi\n");
        // ddclient updates at start: restart it when a session it reads comes up, so the first update is immediate
        s.append("cat > $V/ppp-up <<'").append(EOF).append("'\n#!/bin/bash\ncase \"$1\" in\n");
        intent.dynamicDns().stream().map(Intent.DynamicDns::interfaceName).distinct().forEach(i -> s.append("  ")
                .append(i).append(") /run/vyoslab/ddclient-restart ;;\n"));
        s.append("esac\nexit 0\n").append(EOF).append("\nchmod 755 $V/ppp-up\n");
    }

    private static void file(StringBuilder s, String path, String content) {
        s.append("stage ").append(path).append(" <<'").append(EOF).append("'\n").append(content);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            s.append('\n');
        }
        s.append(EOF).append('\n');
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Undoes everything an apply created (daemons, links, tables, rules, routes, addresses): a clean slate. */
    String teardown() {
        return "V=" + RUN_DIR + "\n"
                + "for p in $V/*.pid /run/ppp-*.pid; do [ -s \"$p\" ] && kill \"$(head -n1 \"$p\")\" 2>/dev/null; done\n"
                + "for l in $(cat $V/links 2>/dev/null); do ip link del \"$l\" 2>/dev/null; done\n"
                + "for t in " + String.join(" ", NftRuleset.TABLES.stream().map(t -> t.replace(' ', ':')).toList())
                + "; do nft delete table ${t%%:*} ${t#*:} 2>/dev/null; done\n"
                + "[ -e $V/rules ] && while read -r l; do ip rule del $l 2>/dev/null; done < $V/rules\n"
                + "ip -4 route flush table all proto static 2>/dev/null; ip -6 route flush table all proto static 2>/dev/null\n"
                + ethernets.stream().map(e -> "ip -4 addr flush dev " + e + " scope global\n").reduce("", String::concat)
                + "rm -rf $V /etc/ppp/peers/* /etc/ppp/ip-up.d/0000vyoslab\nexit 0\n";
    }

    private static String resource(String name) {
        try (InputStream in = ReferencePlan.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
