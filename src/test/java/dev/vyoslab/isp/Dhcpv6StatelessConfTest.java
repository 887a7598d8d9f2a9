package dev.vyoslab.isp;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Dhcpv6StatelessConfTest {

    @Test
    void answersInformationRequestsWithTheDnsServersOnly() {
        String conf = new Dhcpv6StatelessConf("wan", List.of(IspAddresses.LAB_DNS_IPV6), List.of("lab.test")).render();
        assertThat(conf).contains("port=0\n", "interface=wan\n", "dhcp-range=::,static\n",
                "dhcp-option=option6:dns-server,[2001:db8:ffff::53]\n", "dhcp-option=option6:domain-search,lab.test\n")
                .doesNotContain("enable-ra");
    }

    @Test
    void refusesIpv4OrNoDnsServer() {
        assertThatThrownBy(() -> new Dhcpv6StatelessConf("wan", List.of(IspAddresses.LAB_DNS), List.of()))
                .hasMessageContaining("must be IPv6");
        assertThatThrownBy(() -> new Dhcpv6StatelessConf("wan", List.of(), List.of()))
                .hasMessageContaining("at least one DNS server");
    }
}
