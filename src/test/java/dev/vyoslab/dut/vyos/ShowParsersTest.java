package dev.vyoslab.dut.vyos;

import dev.vyoslab.dut.RouterState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.dut.RouterState.DhcpLease;
import dev.vyoslab.dut.RouterState.InterfaceState;
import dev.vyoslab.dut.RouterState.RouteEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsers over literal outputs (resources show/, named after their source). */
class ShowParsersTest {

    private static final String IP_LINK = """
            1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
            2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000\\    link/ether 52:54:00:00:00:01 brd ff:ff:ff:ff:ff:ff
            5: eth0.5@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1496 qdisc noqueue state UP mode DEFAULT group default qlen 1000\\    link/ether 52:54:00:00:00:01 brd ff:ff:ff:ff:ff:ff
            """;

    @Test
    void showInterfacesFromTheDocs() {
        List<InterfaceState> s = ShowInterfacesParser.parse(
                Resources.text("show/vyos-documentation_cli-monitor-command_show-interfaces.txt"), IP_LINK);
        assertThat(s).extracting(InterfaceState::name).containsExactly("eth0", "eth0.5", "lo", "vti0", "vti1");
        assertThat(s.get(0)).isEqualTo(new InterfaceState("eth0", true, List.of("192.168.1.1/24"), 1500));
        assertThat(s.get(1).mtu()).isEqualTo(1496);
        assertThat(s.get(2).addresses()).containsExactly("127.0.0.1/8", "::1/128");
        assertThat(s.get(3).mtu()).isZero();
    }

    @Test
    void showInterfacesFromTheSeed() {
        List<InterfaceState> s = ShowInterfacesParser.parse(Resources.text("show/seed-000_run-show-int.txt"), "");
        assertThat(s).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("eth0");
            assertThat(i.addresses()).containsExactly("2405:xx:xx:xx:xx:xx:xx:xxx/64");
            assertThat(i.up()).isFalse();  // the author cut the S/L column off
        });
    }

    @Test
    void showInterfacesNewerLayoutWithDownLinkAndMtuColumn() {
        String text = """
                Codes: S - State, L - Link, u - Up, D - Down, A - Admin Down
                Interface    IP Address     MAC                VRF        MTU  S/L    Description
                -----------  -------------  -----------------  -------  -----  -----  -------------
                eth0         10.10.0.50/24  bc:24:11:12:9f:fa  default   1500  u/u
                eth1         -              bc:24:11:12:9f:fb  default   1500  u/D    LAN
                """;
        List<InterfaceState> s = ShowInterfacesParser.parse(text, "");
        assertThat(s).containsExactly(new InterfaceState("eth0", true, List.of("10.10.0.50/24"), 1500),
                new InterfaceState("eth1", false, List.of(), 1500));
    }

    @Test
    void dhcpLeasesFromTheDocsIncludingEmptyCells() {
        List<DhcpLease> leases = DhcpLeasesParser.parse(
                Resources.text("show/vyos-documentation_dhcp-server_show-dhcp-server-leases.txt"));
        assertThat(leases).hasSize(4);
        assertThat(leases.get(0)).isEqualTo(new DhcpLease("192.168.11.134", "00:50:79:66:68:09", "VPCS1"));
        assertThat(leases.get(3)).isEqualTo(new DhcpLease("192.168.11.135", "00:50:79:66:68:07", ""));
    }

    @Test
    void dhcpLeases13HeaderNamesAndNotConfigured() {
        String text = """
                IP address    Hardware address    State    Lease start          Lease expiration     Remaining    Pool       Hostname
                ------------  ------------------  -------  -------------------  -------------------  -----------  ---------  ----------
                10.0.1.101    52:54:00:12:34:56   active   2026/11/27 10:00:00  2026/11/28 10:00:00  23:59:59     HOME-DHCP  client1
                """;
        assertThat(DhcpLeasesParser.parse(text))
                .containsExactly(new DhcpLease("10.0.1.101", "52:54:00:12:34:56", "client1"));
        assertThat(DhcpLeasesParser.parse("DHCP service is not configured\n")).isEmpty();
    }

    @Test
    void showVersion() {
        ShowVersion v = ShowVersion.parse(Resources.text("show/vyos-1x-equuleus_show-version.txt"));
        assertThat(v.version()).isEqualTo("1.3.4");
        assertThat(v.releaseTrain()).isEqualTo("equuleus");
        assertThat(v.fields()).containsEntry("Boot via", "installed image").containsEntry("System type", "KVM guest");
    }

    @Test
    void dynamicDnsStatusFromTheSeed() {
        assertThat(DynamicDnsStatus.parse(Resources.text("show/seed-000_run-show-dns-dynamic-status.txt")))
                .containsExactly(new DynamicDnsStatus("bar.foo.com", "14.x.x.x", "2023-12-DD 07:16:59", "good"));
    }

    @Test
    void dynamicDnsStatusOfRollingIsATable() {
        assertThat(DynamicDnsStatus.parse(Resources.text("show/vyos-1x-current_dns-py_show-dynamic-status.txt")))
                .containsExactly(
                        new DynamicDnsStatus("bar.foo.com", "203.0.113.10", "2026-12-02 01:00:00", "good"),
                        new DynamicDnsStatus("baz.foo.com", "203.0.113.10", "2026-12-02 01:00:01", "badauth"));
    }

    @Test
    void dynamicDnsStatusWithSeveralHosts() {
        String text = "\nip address   : 203.0.113.10\nhost-name    : bar.foo.com\nlast update  : 2026-11-27 10:00:00\n"
                + "update-status: good\n\nip address   : 203.0.113.10\nhost-name    : baz.foo.com\n"
                + "last update  : 2026-11-27 10:00:01\nupdate-status: badauth\n\n";
        assertThat(DynamicDnsStatus.parse(text)).extracting(DynamicDnsStatus::updateStatus)
                .containsExactly("good", "badauth");
    }

    @Test
    void natDestinationStatistics() {
        assertThat(NatRuleCounter.parse(Resources.text("show/vyos-1x-equuleus_show-nat-destination-statistics.txt")))
                .containsExactly(new NatRuleCounter("19132", 42, 1932, "pppoe0"), new NatRuleCounter("20", 0, 0, "eth0"));
    }

    @Test
    void routesFromIproute() {
        assertThat(RouteTableParser.iproute("100", Resources.text("show/iproute2_ip-route-show-table-100.txt")))
                .containsExactly(new RouteEntry("100", "0.0.0.0/0", "", "pppoe0"),
                        new RouteEntry("100", "10.0.1.0/24", "", "eth1"),
                        new RouteEntry("100", "192.0.2.0/24", "", ""));
    }

    @Test
    void routesFromFrr() {
        assertThat(RouteTableParser.frr("100", Resources.text("show/frr_show-ip-route-table-100.txt")))
                .containsExactly(new RouteEntry("100", "0.0.0.0/0", "", "pppoe0"),
                        new RouteEntry("100", "198.51.100.0/24", "203.0.113.1", "pppoe0"),
                        new RouteEntry("100", "198.51.100.0/24", "203.0.113.2", "pppoe0"));
    }

    /** Rows as vyos-1x@1.3.4 src/op_mode/show_interfaces.py prints them (format1/format2; Python's % as String.format). */
    private static String showInterfacesRow(String name, String address, String state, String description) {
        return address.length() < 33
                ? String.format("%-16s %-33s %-4s %s", name, address, state, description) + "\n"
                : String.format("%-16s %s", name, address) + "\n"
                        + String.format("%-16s %-33s %-4s %s", "", "", state, description) + "\n";
    }

    @Test
    void anAddressOf33CharactersOrMoreHasItsStateOnTheNextRow() {
        String wan = "2001:db8:1234:5678:9abc:def0:1/64";
        assertThat(wan).hasSize(33);
        String text = "Codes: S - State, L - Link, u - Up, D - Down, A - Admin Down\n"
                + String.format("%-16s %-33s %-4s %s", "Interface", "IP Address", "S/L", "Description") + "\n"
                + String.format("%-16s %-33s %-4s %s", "---------", "----------", "---", "-----------") + "\n"
                + showInterfacesRow("eth0", wan, "u/u", "WAN")
                + showInterfacesRow("eth1", "10.0.1.254/24", "u/u", "LAN")
                + showInterfacesRow("ip6tnl1", "2001:db8:1234:5678:9abc:def0:12:3/128", "u/D", "")
                + showInterfacesRow("lo", "127.0.0.1/8", "u/u", "") + showInterfacesRow("", "::1/128", "", "");
        List<InterfaceState> s = ShowInterfacesParser.parse(text, "");
        assertThat(s).containsExactly(
                new InterfaceState("eth0", true, List.of(wan), 0),
                new InterfaceState("eth1", true, List.of("10.0.1.254/24"), 0),
                new InterfaceState("ip6tnl1", false, List.of("2001:db8:1234:5678:9abc:def0:12:3/128"), 0),
                new InterfaceState("lo", true, List.of("127.0.0.1/8", "::1/128"), 0));
    }

    @Test
    void rollingsExtendedTableWithMultiLineAddressCells() {
        List<InterfaceState> s = ShowInterfacesParser.parse(
                Resources.text("show/vyos-1x-current_interfaces-py_show-summary-extended.txt"), "");
        assertThat(s).containsExactly(
                new InterfaceState("eth0", true, List.of("2001:db8:1234:5678:9abc:def0:1/64"), 1500),
                new InterfaceState("eth1", true, List.of("10.0.1.254/24", "2001:db8:1:2::1/64"), 1500),
                new InterfaceState("eth2", true, List.of("10.0.2.15/24"), 1500),
                new InterfaceState("lo", true, List.of("127.0.0.1/8", "::1/128"), 65536),
                new InterfaceState("pppoe0", false, List.of(), 0));
    }

    @Test
    void multipathNexthopsArePathsOfTheirRouteNotRoutes() {
        // measured: iproute2 6.1 `ip route show table 100` of a two-path default route
        assertThat(RouteTableParser.iproute("100",
                Resources.text("show/iproute2-6.1_ip-route-show-table-100-multipath.txt")))
                .containsExactly(new RouteEntry("100", "0.0.0.0/0", "203.0.113.1", "pppoe0"),
                        new RouteEntry("100", "0.0.0.0/0", "192.0.0.1", "tun0"),
                        new RouteEntry("100", "10.0.1.0/24", "", "eth1"));
    }

    @Test
    void aTableThatDoesNotExistYetHasNoRoutesButOtherFailuresStillFail() {
        String missing = Resources.text("show/iproute2-6.1_ip-route-show-table-101-missing.txt");
        assertThat(VyosShow.routes("101", new dev.vyoslab.lab.CommandResult("vyos", "ip route show table 101", 2, "",
                missing))).isEmpty();
        assertThatThrownBy(() -> VyosShow.routes("101", new dev.vyoslab.lab.CommandResult("vyos",
                "ip route show table 101", 1, "", "Error: argument \"101x\" is wrong: table id value is invalid\n")))
                .hasMessageContaining("table id value is invalid");
    }

    @Test
    void opModeFailuresAreToldByTheirTextBecauseTheWrapperExitsZero() {
        // vyatta-op@1.3.4 functions/interpreter/vyatta-op-run _vyatta_op_run
        assertThat(VyosShow.OP_FAILED.matcher("\n  Invalid command: show [interfacez]\n\n").find()).isTrue();
        assertThat(VyosShow.OP_FAILED.matcher("\n  Incomplete command: show dns\n\n").find()).isTrue();
        assertThat(VyosShow.OP_FAILED.matcher("Traceback (most recent call last):\n  File \"/usr/libexec/vyos/op_mode/"
                + "show_interfaces.py\", line 1\n").find()).isTrue();
        assertThat(VyosShow.OP_FAILED.matcher(Resources.text(
                "show/vyos-documentation_cli-monitor-command_show-interfaces.txt")).find()).isFalse();
    }
}
