package dev.vyoslab.dut;

import dev.vyoslab.dut.RouterState.InterfaceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code show interfaces}: 1.3's layout (Interface, IP Address, S/L, Description; one extra address per
 * continuation line) and the newer tabulated one that adds MAC, VRF and MTU. Without an MTU column the MTU comes from
 * {@code ip -o link show}, when given.
 */
final class ShowInterfacesParser {

    private static final Pattern IP_LINK_MTU = Pattern.compile("^\\d+: ([^:@\\s]+)[^:]*:.* mtu (\\d+)", Pattern.MULTILINE);

    private ShowInterfacesParser() {
    }

    static List<InterfaceState> parse(String showInterfaces, String ipLink) {
        Map<String, Integer> mtus = new java.util.HashMap<>();
        Matcher m = IP_LINK_MTU.matcher(ipLink == null ? "" : ipLink);
        while (m.find()) {
            mtus.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        List<InterfaceState> out = new ArrayList<>();
        String name = null;
        boolean up = false;
        int mtu = 0;
        List<String> addresses = new ArrayList<>();
        for (Map<String, String> row : ColumnTable.parse(showInterfaces)) {
            String iface = ColumnTable.cell(row, "Interface");
            String address = ColumnTable.cell(row, "IP Address");
            if (!iface.isEmpty()) {
                if (name != null) {
                    out.add(new InterfaceState(name, up, List.copyOf(addresses), mtu));
                }
                name = iface;
                up = ColumnTable.cell(row, "S/L").equals("u/u");
                String mtuCell = ColumnTable.cell(row, "MTU");
                mtu = mtuCell.matches("\\d+") ? Integer.parseInt(mtuCell) : mtus.getOrDefault(iface, 0);
                addresses.clear();
            }
            if (name != null && !address.isEmpty() && !address.equals("-")) {
                addresses.add(address);
            }
        }
        if (name != null) {
            out.add(new InterfaceState(name, up, List.copyOf(addresses), mtu));
        }
        return out;
    }
}
