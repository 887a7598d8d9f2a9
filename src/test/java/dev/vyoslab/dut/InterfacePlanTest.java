package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfacePlanTest {

    private final String plan = new InterfacePlan(Seed.intent(), List.of("eth0", "eth1")).render();

    @Test
    void slaacIsEnabledBeforeForwardingSoTheRaDefaultRouteSurvives() {
        int acceptRa = plan.indexOf("sysctl_set net.ipv6.conf.eth0.accept_ra 2");
        int forwarding = plan.indexOf("sysctl_set net.ipv6.conf.all.forwarding 1");
        int wanOff = plan.indexOf("sysctl_set net.ipv6.conf.eth0.forwarding 0");
        assertThat(acceptRa).isNotNegative().isLessThan(forwarding);
        assertThat(forwarding).isLessThan(wanOff);
        assertThat(plan).contains("sysctl_set net.ipv6.conf.eth0.autoconf 1\n");
    }

    @Test
    void statelessDhcpv6TunnelAndLanAddress() {
        assertThat(plan).contains("dhclient -6 -S -nw", "ip6tnl_sync tun0 mode ipip6 local 2001:db8:1:1:5054:ff:fe12:3456"
                + " remote 2001:db8:ffff::1\n", "links_sync tun0\n", "addrs_sync eth1 10.0.1.254/24\n",
                "addrs_sync eth0\n");
    }

    @Test
    void ipv6TextIsCompressedAsIproute2PrintsIt() throws Exception {
        assertThat(InterfacePlan.text(InetAddress.getByName("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(InterfacePlan.text(InetAddress.getByName("2001:db8:ffff::1"))).isEqualTo("2001:db8:ffff::1");
        assertThat(InterfacePlan.text(InetAddress.getByName("::"))).isEqualTo("::");
    }
}
