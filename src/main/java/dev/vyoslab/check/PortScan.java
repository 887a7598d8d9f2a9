package dev.vyoslab.check;

import dev.vyoslab.lab.CommandResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A port scan with nmap from a probe host: which TCP (connect scan) and UDP ports of a target are open. A UDP port
 * counts as open only when something answered it ({@code open}); silence is {@code open|filtered}, which a firewall
 * drop looks like, and is not open.
 */
public final class PortScan {

    /** nmap's grepable output: {@code Ports: 22/open/tcp//ssh///, 53/open|filtered/udp//domain///}. */
    private static final Pattern PORT = Pattern.compile("(\\d+)/([a-z|]+)/(tcp|udp)/");

    private PortScan() {
    }

    static String command(Target target, List<Port> ports, Port.Protocol protocol) {
        String list = String.join(",", ports.stream().filter(p -> p.protocol() == protocol)
                .map(p -> Integer.toString(p.number())).distinct().toList());
        // no ping first (a firewall may drop it), one retry, many probes at once and a limit: a target that drops
        // everything must not take minutes, and an open port has two chances of a second each to answer
        return "nmap -n -Pn -T4 --max-retries 1 --min-parallelism 100 --max-rtt-timeout 1000ms --host-timeout 150s "
                + (target.isIpv6() ? "-6 " : "")
                + (protocol == Port.Protocol.TCP ? "-sT" : "-sU") + " -p " + list + " -oG - " + target.host();
    }

    static List<Port> parse(String grepable) {
        List<Port> open = new ArrayList<>();
        for (String line : grepable.split("\n")) {
            int at = line.indexOf("Ports: ");
            if (at < 0) {
                continue;
            }
            Matcher m = PORT.matcher(line.substring(at));
            while (m.find()) {
                if (m.group(2).equals("open")) {
                    open.add(Port.of(m.group(3).toUpperCase(Locale.ROOT), Integer.parseInt(m.group(1))));
                }
            }
        }
        return open;
    }

    /** The open ports among {@code ports} of {@code target}, scanned from {@code host}, TCP then UDP. */
    public static List<Port> open(ProbeHost host, Target target, List<Port> ports) {
        List<Port> open = new ArrayList<>();
        for (Port.Protocol protocol : Port.Protocol.values()) {
            if (ports.stream().noneMatch(p -> p.protocol() == protocol)) {
                continue;
            }
            CommandResult r = host.exec(command(target, ports, protocol));
            if (r.exitCode() != 0 || !r.stdout().contains("# Nmap done")) {
                throw new AssertionError("nmap on " + host.name() + " did not finish (exit " + r.exitCode() + "): "
                        + r.tail(3));
            }
            open.addAll(parse(r.stdout()));
        }
        return open;
    }
}
