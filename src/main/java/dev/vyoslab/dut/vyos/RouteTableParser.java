package dev.vyoslab.dut.vyos;

import dev.vyoslab.dut.RouterState;
import dev.vyoslab.dut.RouterState.RouteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes of one table from {@code ip route show table N} (the kernel's view, what forwarding uses) or from FRR's
 * {@code show ip route table N} (what the routing daemon selected).
 */
final class RouteTableParser {

    private static final Pattern FRR = Pattern.compile(
            "^([A-Za-z])[>*=qrt ]*\\s+(\\S+/\\d+)\\s+(?:\\[\\d+/\\d+\\]\\s+)?"
                    + "(?:via (\\S+?),\\s*([^\\s,]+)|is directly connected,\\s*([^\\s,]+))");
    private static final Pattern FRR_NEXT_HOP = Pattern.compile("^\\s+[*]?\\s*via (\\S+?),\\s*([^\\s,]+)");

    private RouteTableParser() {
    }

    /**
     * A multipath route is a prefix line followed by one tab-indented {@code nexthop via X dev Y weight N} line per
     * path (iproute2 ip/iproute.c print_rta_multipath): each becomes an entry of that prefix, none a route of its own.
     */
    static List<RouteEntry> iproute(String table, String text) {
        List<RouteEntry> out = new ArrayList<>();
        RouteEntry head = null;
        boolean multipath = false;
        for (String line : text.replace("\r", "").split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 0 || f[0].isEmpty()) {
                continue;
            }
            if (f[0].equals("nexthop")) {
                if (head != null) {
                    out.add(new RouteEntry(table, head.prefix(), after(f, "via"), after(f, "dev")));
                    multipath = true;
                }
                continue;
            }
            if (head != null && !multipath) {
                out.add(head);
            }
            int i = f[0].matches("unreachable|blackhole|prohibit|unicast|local|broadcast") && f.length > 1 ? 1 : 0;
            String prefix = f[i].equals("default") ? "0.0.0.0/0" : f[i].contains("/") ? f[i] : f[i] + "/32";
            head = new RouteEntry(table, prefix, after(f, "via"), after(f, "dev"));
            multipath = false;
        }
        if (head != null && !multipath) {
            out.add(head);
        }
        return out;
    }

    static List<RouteEntry> frr(String table, String text) {
        List<RouteEntry> out = new ArrayList<>();
        String lastPrefix = null;
        for (String line : text.replace("\r", "").split("\n")) {
            Matcher m = FRR.matcher(line);
            if (m.find()) {
                lastPrefix = m.group(2);
                boolean connected = m.group(5) != null;
                out.add(new RouteEntry(table, lastPrefix, connected ? "" : m.group(3),
                        connected ? m.group(5) : m.group(4)));
                continue;
            }
            Matcher next = FRR_NEXT_HOP.matcher(line);
            if (lastPrefix != null && next.find()) {
                out.add(new RouteEntry(table, lastPrefix, next.group(1), next.group(2)));
            }
        }
        return out;
    }

    private static String after(String[] f, String key) {
        for (int i = 0; i + 1 < f.length; i++) {
            if (f[i].equals(key)) {
                return f[i + 1];
            }
        }
        return "";
    }
}
