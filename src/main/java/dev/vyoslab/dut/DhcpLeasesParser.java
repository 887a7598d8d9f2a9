package dev.vyoslab.dut;

import dev.vyoslab.dut.RouterState.DhcpLease;
import java.util.List;

/**
 * Parses {@code show dhcp server leases}, a tabulate table whose column names changed over releases
 * ("IP address"/"IP Address", "Hardware address"/"MAC address", "Hostname"/"Client Name").
 */
final class DhcpLeasesParser {

    private DhcpLeasesParser() {
    }

    static List<DhcpLease> parse(String text) {
        return ColumnTable.parse(text).stream()
                .filter(r -> !ColumnTable.cell(r, "IP").isEmpty())
                .map(r -> new DhcpLease(ColumnTable.cell(r, "IP"), ColumnTable.cell(r, "Hardware", "MAC"),
                        hostname(ColumnTable.cell(r, "Hostname", "Client Name"))))
                .toList();
    }

    private static String hostname(String cell) {
        return cell.equals("-") ? "" : cell;
    }
}
