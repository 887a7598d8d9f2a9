package dev.vyoslab.dut.reference;

import dev.vyoslab.dut.RouterState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.dut.RouterState.RouteEntry;
import org.junit.jupiter.api.Test;

class StateReaderTest {

    static final String ADDR = """
            [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"mtu":65536,"operstate":"UNKNOWN",
              "addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host","label":"lo"}]},
             {"ifindex":3,"ifname":"eth1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,
              "addr_info":[{"family":"inet","local":"10.0.1.254","prefixlen":24,"scope":"global","label":"eth1"},
                           {"family":"inet6","local":"fe80::5054:ff:fe12:3457","prefixlen":64,"scope":"link"}]},
             {"ifindex":9,"ifname":"pppoe0","flags":["POINTOPOINT","MULTICAST","NOARP"],"mtu":1454,"addr_info":[]}]
            """;

    static final String ROUTES4 = """
            [{"type":"unicast","dst":"default","dev":"pppoe0","table":"100","protocol":"static","scope":"link","flags":[]},
             {"dst":"default","dev":"tun0","protocol":"static","scope":"link","flags":[]},
             {"dst":"10.0.1.0/24","dev":"eth1","protocol":"kernel","scope":"link","prefsrc":"10.0.1.254","flags":[]},
             {"type":"local","dst":"10.0.1.254","table":"local","dev":"eth1","protocol":"kernel","flags":[]}]
            """;

    static final String ROUTES6 = """
            [{"dst":"default","gateway":"fe80::1","dev":"eth0","protocol":"ra","metric":1024,"flags":[],"pref":"medium"}]
            """;

    static final String LEASES = """
            # The format of this file is documented in the dhcpd.leases(5) manual page.
            lease 10.0.1.110 {
              starts 3 2026/11/04 10:00:00;
              binding state active;
              hardware ethernet 02:42:AC:11:00:02;
              client-hostname "client1";
            }
            lease 10.0.1.111 {
              binding state free;
              hardware ethernet 02:42:ac:11:00:03;
            }
            """;

    @Test
    void interfacesRoutesPerTableAndActiveLeases() {
        RouterState s = StateReader.read(ADDR, ROUTES4, ROUTES6, LEASES);
        assertThat(s.iface("eth1").orElseThrow().addresses()).containsExactly("10.0.1.254/24", "fe80::5054:ff:fe12:3457/64");
        assertThat(s.iface("eth1").orElseThrow().up()).isTrue();
        assertThat(s.iface("pppoe0").orElseThrow().up()).isFalse();
        assertThat(s.iface("pppoe0").orElseThrow().mtu()).isEqualTo(1454);
        assertThat(s.routes("100")).containsExactly(new RouteEntry("100", "0.0.0.0/0", "", "pppoe0"));
        assertThat(s.routes("main")).contains(new RouteEntry("main", "0.0.0.0/0", "", "tun0"),
                new RouteEntry("main", "::/0", "fe80::1", "eth0"));
        assertThat(s.routes("local")).as("local entries are not routes").isEmpty();
        assertThat(s.leases()).containsExactly(new RouterState.DhcpLease("10.0.1.110", "02:42:ac:11:00:02", "client1"));
    }
}
