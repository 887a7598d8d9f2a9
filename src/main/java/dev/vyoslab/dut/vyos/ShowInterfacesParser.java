package dev.vyoslab.dut.vyos;

import dev.vyoslab.dut.RouterState.InterfaceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code show interfaces}: the fixed layout of 1.3 and rolling's summary (Interface, IP Address, S/L,
 * Description; one extra address per continuation row) and the tabulated one that adds MAC, VRF and MTU. Without an
 * MTU column the MTU comes from {@code ip -o link show}, when given.
 */
final class ShowInterfacesParser {

    private static final Pattern IP_LINK_MTU = Pattern.compile("^\\d+: ([^:@\\s]+)[^:]*:.* mtu (\\d+)", Pattern.MULTILINE);
    // vyos-1x@1.3.4 src/op_mode/show_interfaces.py: format1 = '%-16s %-33s %-4s %s'
    private static final int ADDRESS_AT = 17;
    private static final int ADDRESS_WIDTH = 33;
    private static final int STATE_AT = ADDRESS_AT + ADDRESS_WIDTH + 1;
    private static final int STATE_WIDTH = 4;

    private ShowInterfacesParser() {
    }

    static List<InterfaceState> parse(String showInterfaces, String ipLink) {
        Map<String, Integer> mtus = new HashMap<>();
        Matcher m = IP_LINK_MTU.matcher(ipLink == null ? "" : ipLink);
        while (m.find()) {
            mtus.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        List<String> lines = showInterfaces.replace("\r", "").lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("---")) {
                return lines.get(i - 1).contains("MTU") ? tabulated(showInterfaces, mtus)
                        : fixed(lines.subList(i + 1, lines.size()), mtus);
            }
        }
        return List.of();
    }

    /**
     * The printf layout. An address of 33 characters or more is printed alone ({@code format2 = '%-16s %s'}) and
     * its S/L comes on the next row, under an empty interface and address (vyos-1x@1.3.4
     * src/op_mode/show_interfaces.py run_show_intf_brief; the same in vyos-1x@current src/op_mode/interfaces.py).
     */
    private static List<InterfaceState> fixed(List<String> body, Map<String, Integer> mtus) {
        List<InterfaceState> out = new ArrayList<>();
        Builder current = null;
        for (String line : body) {
            if (line.isBlank() || line.matches("\\S+@\\S+[:~$#].*")) {
                continue;  // blank lines and a trailing prompt
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (current != null) {
                    out.add(current.build(mtus));
                }
                current = new Builder(line.split("\\s+", 2)[0]);
            }
            if (current == null) {
                continue;
            }
            String rest = line.length() > ADDRESS_AT ? line.substring(ADDRESS_AT) : "";
            String first = rest.strip().isEmpty() ? "" : rest.strip().split("\\s+")[0];
            if (first.length() >= ADDRESS_WIDTH && !rest.startsWith(" ")) {
                current.address(first);  // format2: the state follows on the next row
                continue;
            }
            current.address(cut(line, ADDRESS_AT, ADDRESS_WIDTH));
            current.state(cut(line, STATE_AT, STATE_WIDTH));
        }
        if (current != null) {
            out.add(current.build(mtus));
        }
        return out;
    }

    /** The tabulate layout of the extended summary; multi-line cells continue on rows with an empty interface. */
    private static List<InterfaceState> tabulated(String text, Map<String, Integer> mtus) {
        List<InterfaceState> out = new ArrayList<>();
        Builder current = null;
        for (Map<String, String> row : ColumnTable.parse(text)) {
            String iface = ColumnTable.cell(row, "Interface");
            if (!iface.isEmpty()) {
                if (current != null) {
                    out.add(current.build(mtus));
                }
                current = new Builder(iface);
                String mtu = ColumnTable.cell(row, "MTU");
                current.mtu = mtu.matches("\\d+") ? Integer.parseInt(mtu) : 0;
            }
            if (current != null) {
                current.address(ColumnTable.cell(row, "IP Address"));
                current.state(ColumnTable.cell(row, "S/L"));
            }
        }
        if (current != null) {
            out.add(current.build(mtus));
        }
        return out;
    }

    private static String cut(String line, int from, int width) {
        return from >= line.length() ? "" : line.substring(from, Math.min(line.length(), from + width)).strip();
    }

    /** One interface while its rows are read: the first S/L seen is its state. */
    private static final class Builder {
        private final String name;
        private final List<String> addresses = new ArrayList<>();
        private String state = "";
        private int mtu = -1;

        Builder(String name) {
            this.name = name;
        }

        void address(String a) {
            if (!a.isEmpty() && !a.equals("-")) {
                addresses.add(a);
            }
        }

        void state(String s) {
            if (state.isEmpty()) {
                state = s;
            }
        }

        InterfaceState build(Map<String, Integer> mtus) {
            return new InterfaceState(name, state.equals("u/u"), List.copyOf(addresses),
                    mtu >= 0 ? mtu : mtus.getOrDefault(name, 0));
        }
    }
}
