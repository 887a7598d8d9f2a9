package dev.vyoslab.dut;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of {@code show nat destination statistics} (1.3: rule, pkts, bytes, interface; the numbers are
 * right-aligned under their headers, so the line is split on blanks, not by columns).
 */
public record NatRuleCounter(String rule, long packets, long bytes, String iface) {

    static List<NatRuleCounter> parse(String text) {
        List<NatRuleCounter> out = new ArrayList<>();
        boolean body = false;
        for (String line : text.replace("\r", "").split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (!body) {
                body = f.length > 0 && f[0].startsWith("----");
                continue;
            }
            if (f.length >= 3 && f[1].matches("\\d+") && f[2].matches("\\d+")) {
                out.add(new NatRuleCounter(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f.length > 3 ? f[3] : ""));
            }
        }
        return out;
    }
}
