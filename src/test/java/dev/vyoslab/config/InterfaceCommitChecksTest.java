package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecksTest.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The 1.3 commit checks of ethernet, pppoe, GRE tunnel pairs and dynamic DNS, and the line each refusal is pinned
 * to: VyOS's smoketests' {@code assertRaises(ConfigSessionError)} cases and one case per ported rule.
 */
class InterfaceCommitChecksTest {

    private static final String PPPOE = "set interfaces pppoe pppoe0 ";
    private static final String ETH = "set interfaces ethernet eth0 ";

    // vyos-1x@1.3.4 src/conf_mode/interfaces-tunnel.py verify(), T2920; test_interfaces_tunnel.py
    // test_multiple_gre_tunnel_same_remote (the single-tunnel checks are in CommitChecksTest)
    @Test
    void greTunnelsSharingASourceNeedDistinctKeys() {
        String t10 = "set interfaces tunnel tun10 ";
        String t20 = "set interfaces tunnel tun20 ";
        String[] pair = {t10 + "encapsulation gre", t10 + "source-interface eth0", t10 + "remote 1.2.3.4",
            t20 + "encapsulation gre", t20 + "source-interface eth0", t20 + "remote 1.2.3.4"};
        assertThat(refusals(VyosVersion.V1_3, pair)).hasSize(2)
                .allMatch(r -> r.contains("Missing required \"ip key\" parameter"));
        String[] keyed = java.util.Arrays.copyOf(pair, 8);
        keyed[6] = t10 + "parameters ip key 10";
        keyed[7] = t20 + "parameters ip key 20";
        assertThat(refusals(VyosVersion.V1_3, keyed)).isEmpty();
        String[] sameKey = {t10 + "encapsulation gre", t10 + "source-address 192.0.2.1", t10 + "remote 192.0.2.2",
            t10 + "parameters ip key 10", t20 + "encapsulation gre", t20 + "source-address 192.0.2.1",
            t20 + "remote 192.0.2.3", t20 + "parameters ip key 10"};
        assertThat(refusals(VyosVersion.V1_3, sameKey)).hasSize(2).anySatisfy(r -> assertThat(r).startsWith("8: ")
                .contains("Key \"10\" for source-address \"192.0.2.1\" is already used for tunnel \"tun10\"!"));
    }

    // vyos-1x@1.3.4 python/vyos/configverify.py verify_mtu_ipv6(); base_interfaces_test.py test_mtu_1200_no_ipv6_interface
    @Test
    void mtuBelow1280NeedsNoIpv6() {
        assertThat(refusals(VyosVersion.V1_3, ETH + "mtu 1200")).singleElement().asString()
                .contains("link-local IPv6 address will be configured on interface \"eth0\"");
        assertThat(refusals(VyosVersion.V1_3, ETH + "ipv6 address no-default-link-local", ETH + "mtu 1200")).isEmpty();
        assertThat(refusals(VyosVersion.V1_3, ETH + "ipv6 address no-default-link-local", ETH + "mtu 1200",
                ETH + "address 2001:db8::1/64")).singleElement().asString().startsWith("2: ")
                .contains("the required minimum MTU is 1280!");
        assertThat(refusals(VyosVersion.V1_3, "set interfaces ethernet eth0 address dhcp", PPPOE + "source-interface eth0",
                PPPOE + "mru 1200", PPPOE + "mtu 1200")).singleElement().asString().startsWith("4: ")
                .contains("link-local IPv6 address will be configured on interface \"pppoe0\"");
    }

    @Test
    void ethernetSpeedDuplexAndVlans() {
        assertThat(refusals(VyosVersion.V1_3, ETH + "speed 100")).singleElement().asString()
                .contains("Speed/Duplex missmatch. Must be both auto or manually configured");
        assertThat(refusals(VyosVersion.V1_3, ETH + "speed 100", ETH + "duplex full")).isEmpty();
        assertThat(refusals(VyosVersion.V1_3, ETH + "vif 100", ETH + "vif-s 100")).singleElement().asString()
                .startsWith("2: ").contains("Duplicate VLAN id \"100\" used for vif and vif-s interfaces!");
        assertThat(refusals(VyosVersion.V1_3, ETH + "vif 10 mtu 9000")).singleElement().asString()
                .contains("Interface MTU (9000) too high, parent interface MTU is 1500!");
        assertThat(refusals(VyosVersion.V1_3, ETH + "mtu 9000", ETH + "vif 10 mtu 9000")).isEmpty();
        assertThat(refusals(VyosVersion.V1_3, ETH + "mtu 9000", ETH + "vif-s 20 mtu 1500", ETH + "vif-s 20 vif-c 30 mtu 9000"))
                .singleElement().asString().startsWith("3: ").contains("parent interface MTU is 1500!");
        assertThat(refusals(VyosVersion.V1_3, ETH + "dhcpv6-options parameters-only", ETH + "dhcpv6-options temporary"))
                .singleElement().asString().startsWith("2: ")
                .contains("DHCPv6 temporary and parameters-only options are mutually exclusive!");
    }

    // vyos-1x@1.3.4 smoketest/scripts/cli/test_interfaces_pppoe.py test_pppoe_client, test_pppoe_authentication
    @Test
    void pppoeNeedsASourceInterfaceAndBothCredentials() {
        assertThat(refusals(VyosVersion.V1_3, PPPOE + "authentication user vyos", PPPOE + "authentication password v"))
                .singleElement().asString().startsWith("1: ")
                .contains("Physical source-interface required for interface \"pppoe0\"");
        String withIf = "set interfaces ethernet eth0 address dhcp\n" + PPPOE + "source-interface eth0";
        assertThat(refusals(VyosVersion.V1_3, withIf, PPPOE + "authentication user vyos")).singleElement().asString()
                .startsWith("3: ").contains("Authentication requires both username and password to be set!");
        assertThat(refusals(VyosVersion.V1_4, withIf, PPPOE + "authentication username vyos")).singleElement()
                .asString().contains("Authentication requires both username and password to be set!");
        assertThat(refusals(VyosVersion.V1_3, withIf, PPPOE + "authentication user vyos",
                PPPOE + "authentication password vyos")).isEmpty();
        assertThat(refusals(VyosVersion.V1_3, "set vrf name RED table 100", withIf, PPPOE + "connect-on-demand",
                PPPOE + "vrf RED")).singleElement().asString().startsWith("5: ")
                .contains("On-demand dialing and VRF can not be used at the same time");
    }

    // vyos-1x@1.3.4 smoketest/scripts/cli/test_service_dns_dynamic.py test_dyndns_service
    @Test
    void dynamicDnsZoneOnlyWithCloudflare() {
        for (String service : new String[] {"cloudflare", "dyndns", "noip"}) {
            String s = "set service dns dynamic interface eth0 service " + service + " ";
            var r = refusals(VyosVersion.V1_3, s + "host-name test.ddns.vyos.io", s + "login vyos_user",
                    s + "password vyos_pass", s + "zone vyos.io");
            if (service.equals("cloudflare")) {
                assertThat(r).isEmpty();
            } else {
                assertThat(r).singleElement().asString().startsWith("4: ")
                        .contains("\"zone\" option only supported with CloudFlare");
            }
        }
        String s = "set service dns dynamic interface eth0 service dyndns ";
        assertThat(refusals(VyosVersion.V1_3, s + "login vyos_user", s + "password vyos_pass")).singleElement()
                .asString().contains("\"host-name\" required for DynDNS service \"dyndns\" on \"eth0\"");
        String r = "set service dns dynamic interface eth0 rfc2136 VYOS ";
        assertThat(refusals(VyosVersion.V1_3, r + "key /config/auth/my.key", r + "server ns1.vyos.io", r + "zone vyos.io"))
                .singleElement().asString().contains("\"record\" required for rfc2136 based DynDNS service on \"eth0\"");
    }

    /** Rule.pm's refusals are pinned to the line that set what is refused, not to the rule's first line. */
    @Test
    void firewallRefusalsPointAtTheirLine() {
        String fw = "set firewall name WAN_IN rule 10 ";
        assertThat(refusals(VyosVersion.V1_3, fw + "action accept", fw + "protocol udp", fw + "tcp flags SYN"))
                .singleElement().asString().startsWith("3: ");
        assertThat(refusals(VyosVersion.V1_3, fw + "action accept", fw + "destination port 22")).singleElement()
                .asString().startsWith("2: ");
        assertThat(refusals(VyosVersion.V1_3, fw + "protocol tcp", fw + "destination port 22")).singleElement()
                .asString().startsWith("1: ").contains("\"action\" must be defined");
        String pr = "set policy route PBR rule 20 ";
        assertThat(refusals(VyosVersion.V1_3, pr + "protocol tcp", pr + "set tcp-mss 1414")).singleElement().asString()
                .startsWith("2: ");
        assertThat(refusals(VyosVersion.V1_3, pr + "set table 100", pr + "protocol tcp", pr + "set mark 5"))
                .singleElement().asString().startsWith("3: ");
    }
}
