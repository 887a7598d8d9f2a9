package dev.vyoslab.dut.vyos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One host of {@code show dns dynamic status}: the address ddclient last sent for it and how that went. */
public record DynamicDnsStatus(String hostName, String ipAddress, String lastUpdate, String updateStatus) {

    /**
     * Parses 1.3's blocks of {@code key : value} lines (EdgeOS-style blocks add "interface") or rolling's table
     * (vyos-1x@current src/op_mode/dns.py _dynamic_status_columns, printed by tabulate: Hostname, IPv4 address,
     * IPv4 status, IPv6 address, IPv6 status, Last update; the address and status are the IPv4 ones when set).
     */
    static List<DynamicDnsStatus> parse(String text) {
        List<java.util.Map<String, String>> table = ColumnTable.parse(text);
        if (!table.isEmpty() && table.get(0).containsKey("Hostname")) {
            return table.stream().map(r -> new DynamicDnsStatus(r.get("Hostname"),
                    either(r.get("IPv4 address"), r.get("IPv6 address")), r.getOrDefault("Last update", ""),
                    either(r.get("IPv4 status"), r.get("IPv6 status")))).toList();
        }
        List<DynamicDnsStatus> out = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        for (String line : text.replace("\r", "").split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            if (block.containsKey(key)) {
                add(block, out);
            }
            block.put(key, line.substring(colon + 1).strip());
        }
        add(block, out);
        return out;
    }

    private static String either(String v4, String v6) {
        return v4 != null && !v4.isEmpty() ? v4 : v6 == null ? "" : v6;
    }

    private static void add(Map<String, String> block, List<DynamicDnsStatus> out) {
        if (block.containsKey("host-name") || block.containsKey("ip address")) {
            out.add(new DynamicDnsStatus(block.getOrDefault("host-name", ""), block.getOrDefault("ip address", ""),
                    block.getOrDefault("last update", ""), block.getOrDefault("update-status", "")));
        }
        block.clear();
    }
}
