package dev.vyoslab.dut;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One host of {@code show dns dynamic status}: the address ddclient last sent for it and how that went. */
public record DynamicDnsStatus(String hostName, String ipAddress, String lastUpdate, String updateStatus) {

    /** Parses the blocks of {@code key : value} lines (1.3's template; EdgeOS-style blocks add "interface"). */
    static List<DynamicDnsStatus> parse(String text) {
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

    private static void add(Map<String, String> block, List<DynamicDnsStatus> out) {
        if (block.containsKey("host-name") || block.containsKey("ip address")) {
            out.add(new DynamicDnsStatus(block.getOrDefault("host-name", ""), block.getOrDefault("ip address", ""),
                    block.getOrDefault("last update", ""), block.getOrDefault("update-status", "")));
        }
        block.clear();
    }
}
