package dev.vyoslab.dut;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Intent.DefaultRoute;
import dev.vyoslab.config.Intent.StaticRoute;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kernel routing a config asks for: {@code ip rule}s for policy routes ({@code set table N} is fwmark
 * 0x7FFFFFFF+N looked up at preference N, as VyOS 1.3's vyatta-cfg-firewall does), and the static routes of every
 * table including the default route a PPPoE session adds ({@code default-route auto|none|force}, as VyOS 1.3's
 * pppoe ip-up script decides it). Routes are lines for {@code ip route replace LINE proto static}; one whose device
 * does not exist yet (pppoe0 before the session is up) is installed by the PPP up hook.
 */
final class PolicyRouting {

    private final Intent intent;

    PolicyRouting(Intent intent) {
        this.intent = intent;
    }

    static long mark(String table) {
        return 0x7FFFFFFFL + tableNumber(table);
    }

    static String markHex(String table) {
        return "0x" + Long.toHexString(mark(table));
    }

    static int tableNumber(String table) {
        return table.equals("main") ? 254 : Integer.parseInt(table);
    }

    /** {@code ip rule add} arguments, one per table a policy route sends packets to. */
    List<String> rules() {
        Set<String> tables = new LinkedHashSet<>();
        intent.policyRoutes().forEach(p -> p.rules().forEach(r -> r.setTable().ifPresent(tables::add)));
        return tables.stream().sorted((a, b) -> tableNumber(a) - tableNumber(b))
                .map(t -> "pref " + tableNumber(t) + " fwmark " + markHex(t) + " table " + tableNumber(t)).toList();
    }

    /** {@code ip route replace} arguments for every static route and the PPPoE default route, if one is due. */
    List<String> routes() {
        List<StaticRoute> statics = new ArrayList<>(intent.staticRoutes());
        List<String> extra = new ArrayList<>();
        boolean anyStaticDefault = statics.stream().anyMatch(PolicyRouting::isIpv4Default);
        for (Intent.Pppoe p : intent.pppoe()) {
            if (p.defaultRoute() == DefaultRoute.FORCE) {
                // force: the ip-up script deletes the static default routes first, then adds its own
                statics.removeIf(r -> isIpv4Default(r) && r.table().equals("main"));
                extra.add("0.0.0.0/0 dev " + p.name());
            } else if (p.defaultRoute() == DefaultRoute.AUTO && !anyStaticDefault && extra.isEmpty()) {
                // auto: only when FRR's running config holds no 0.0.0.0/0 route at all (any table, any session)
                extra.add("0.0.0.0/0 dev " + p.name());
            }
        }
        List<String> lines = new ArrayList<>();
        statics.forEach(r -> lines.add(line(r)));
        lines.addAll(extra);
        return lines;
    }

    private static boolean isIpv4Default(StaticRoute r) {
        return r.prefix().length() == 0 && r.prefix().address() instanceof Inet4Address;
    }

    static String line(StaticRoute r) {
        String target = r.blackhole() ? "blackhole " + r.prefix()
                : r.prefix() + r.nextHop().map(h -> " via " + h.getHostAddress()).orElse("")
                        + r.interfaceName().map(i -> " dev " + i).orElse("");
        return r.table().equals("main") ? target : target + " table " + tableNumber(r.table());
    }
}
