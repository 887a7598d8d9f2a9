package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The corrected seed rendered for 1.4 and rolling: every construct of the seed in its new syntax. */
class UpgradeRenderTest {

    @ParameterizedTest
    @EnumSource(value = VyosVersion.class, names = {"V1_4", "ROLLING"})
    void seedConstructsInTheirNewSyntax(VyosVersion version) {
        String out = VyosConfig.parse(Configs.CORRECTED).render(version);
        assertThat(out).doesNotContain("# cannot translate");
        assertThat(out).contains(
                "set protocols static route 0.0.0.0/0 interface tun0\n",
                "set protocols static table 100 route 0.0.0.0/0 interface pppoe0\n",
                "set nat source rule 100 outbound-interface name tun0\n",
                "set nat destination rule 100 inbound-interface name pppoe0\n",
                "set interfaces pppoe pppoe0 authentication username user@example.jp\n",
                "set firewall ipv4 name WAN_IN rule 10 state established\n",
                "set firewall ipv4 forward filter rule 10 action jump\n",
                "set firewall ipv4 forward filter rule 10 jump-target WAN_IN\n",
                "set firewall ipv4 forward filter rule 10 inbound-interface name pppoe0\n",
                "set firewall ipv4 input filter rule 10 jump-target WAN_LOCAL\n",
                "set firewall ipv4 forward filter rule 20 outbound-interface name pppoe0\n",
                "set policy route PBR interface eth1\n",
                "set policy route PBR rule 20 tcp flags syn\n",
                "set policy route PBR rule 20 tcp flags not ack\n",
                "set service dns dynamic name cloudflare address interface pppoe0\n",
                "set service dns dynamic name cloudflare username admin@example.com\n");
        // vyos-1x@1.4.0 dhcp-server.xml.in keeps 1.3's DHCP syntax; current's service_dhcp-server.xml.in is Kea's
        assertThat(out).contains(version == VyosVersion.V1_4
                ? "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 default-router 10.0.1.254\n"
                : "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 subnet-id 1\n");
        if (version == VyosVersion.ROLLING) {
            assertThat(out).contains(
                    "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 option default-router 10.0.1.254\n");
        }
        assertThat(out).doesNotContain("interface-route", "firewall name ", "state established enable",
                "multicast disable", "authentication user ");
    }

    @Test
    void untranslatableConstructsAreNamedNotGuessed() {
        String out = Configs.lines(
                "set interfaces ethernet eth0 address dhcp",
                "set interfaces pppoe pppoe0 source-interface eth0",
                "set interfaces pppoe pppoe0 default-route force",
                "set nat source rule 10 outbound-interface any",
                "set nat source rule 10 translation address masquerade",
                "set firewall options interface pppoe0 adjust-mss 1452").render(VyosVersion.V1_4);
        assertThat(out).contains(
                "# cannot translate: interfaces pppoe pppoe0 default-route force: 1.4 has no 'force'",
                "# cannot translate: nat source rule 10 outbound-interface any:",
                "# cannot translate: firewall options interface pppoe0 adjust-mss 1452: moved or removed in 1.4");
        assertThat(out).contains("set nat source rule 10 translation address masquerade\n");
    }

    @Test
    void oneThreeRenderingIsTheConfigAsWritten() {
        VyosConfig c = VyosConfig.parse(Configs.CORRECTED);
        assertThat(c.render(VyosVersion.V1_3)).contains(
                "set protocols static interface-route 0.0.0.0/0 next-hop-interface tun0\n",
                "set policy route PBR rule 20 tcp flags 'SYN,!ACK,!FIN,!RST'\n",
                "set interfaces pppoe pppoe0 firewall in name WAN_IN\n");
    }
}
