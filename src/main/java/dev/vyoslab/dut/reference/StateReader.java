package dev.vyoslab.dut.reference;

import dev.vyoslab.dut.RouterState;
import dev.vyoslab.dut.RouterState.DhcpLease;
import dev.vyoslab.dut.RouterState.InterfaceState;
import dev.vyoslab.dut.RouterState.RouteEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code ip -j addr}, {@code ip -j route show table all} and dhcpd.leases into a {@link RouterState}. */
final class StateReader {

    private static final Pattern LEASE = Pattern.compile("lease ([0-9.]+) \\{(.*?)\\}", Pattern.DOTALL);
    private static final Pattern MAC = Pattern.compile("hardware ethernet ([0-9a-fA-F:]+);");
    private static final Pattern HOST = Pattern.compile("client-hostname \"([^\"]*)\";");
    private static final Pattern BINDING = Pattern.compile("(?m)^\\s*binding state (\\w+);");

    private StateReader() {
    }

    static RouterState read(String addrJson, String routes4Json, String routes6Json, String leases) {
        List<RouteEntry> routes = new ArrayList<>(routes(routes4Json, false));
        routes.addAll(routes(routes6Json, true));
        return new RouterState(interfaces(addrJson), leases(leases), routes);
    }

    @SuppressWarnings("unchecked")
    static List<InterfaceState> interfaces(String json) {
        List<InterfaceState> out = new ArrayList<>();
        for (Object o : parseList(json)) {
            Map<String, Object> m = (Map<String, Object>) o;
            List<Object> flags = (List<Object>) m.getOrDefault("flags", List.of());
            List<String> addresses = new ArrayList<>();
            for (Object a : (List<Object>) m.getOrDefault("addr_info", List.of())) {
                Map<String, Object> ai = (Map<String, Object>) a;
                if (ai.containsKey("local")) {
                    addresses.add(ai.get("local") + "/" + num(ai.get("prefixlen")));
                }
            }
            out.add(new InterfaceState((String) m.get("ifname"), flags.contains("UP"), addresses, num(m.get("mtu"))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<RouteEntry> routes(String json, boolean ipv6) {
        List<RouteEntry> out = new ArrayList<>();
        for (Object o : parseList(json)) {
            Map<String, Object> m = (Map<String, Object>) o;
            Object type = m.get("type");
            String prefix = (String) m.get("dst");
            if (type != null && !"unicast".equals(type) && !"blackhole".equals(type)) {
                continue; // local/broadcast/multicast entries of the kernel's own tables are no routes a check wants
            }
            out.add(new RouteEntry(String.valueOf(m.getOrDefault("table", "main")),
                    "default".equals(prefix) ? (ipv6 ? "::/0" : "0.0.0.0/0") : prefix,
                    (String) m.getOrDefault("gateway", ""), (String) m.getOrDefault("dev", "")));
        }
        return out;
    }

    static List<DhcpLease> leases(String text) {
        List<DhcpLease> out = new ArrayList<>();
        Matcher m = LEASE.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            Matcher state = BINDING.matcher(body);
            if (state.find() && !state.group(1).equals("active")) {
                continue;
            }
            Matcher mac = MAC.matcher(body);
            Matcher host = HOST.matcher(body);
            DhcpLease lease = new DhcpLease(m.group(1), mac.find() ? mac.group(1).toLowerCase() : "",
                    host.find() ? host.group(1) : "");
            out.removeIf(l -> l.address().equals(lease.address())); // the file appends; the last entry wins
            out.add(lease);
        }
        return out;
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Object> parseList(String json) {
        try {
            return JSON.readValue(json, List.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON list iproute2 prints: " + e.getOriginalMessage(), e);
        }
    }
}
