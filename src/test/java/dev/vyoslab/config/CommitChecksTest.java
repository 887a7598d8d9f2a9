package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The commit checks, case by case: VyOS's own smoketests' {@code assertRaises(ConfigSessionError)} cases (built from
 * their values) and one case per ported rule.
 */
class CommitChecksTest {

    /** The commit refusals of set commands checked against {@code version}, as "line: message". */
    static List<String> refusals(VyosVersion v, String... lines) {
        return VyosConfig.parse("c.conf", String.join("\n", lines) + "\n", v).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(d -> d.line() + ": " + d.message()).toList();
    }

    // vyos-1x@1.3.4 smoketest/scripts/cli/test_nat.py test_snat_required_translation_address
    @Test
    void snatNeedsAnOutboundInterfaceAndATranslationIn13() {
        String rule = "set nat source rule 5 source address 192.0.2.0/24";
        assertThat(refusals(VyosVersion.V1_3, rule)).singleElement().asString()
                .contains("Source NAT configuration error in rule 5: outbound-interface not specified");
        String withIf = "set interfaces ethernet eth0\nset nat source rule 5 outbound-interface eth0";
        assertThat(refusals(VyosVersion.V1_3, rule, withIf)).singleElement().asString()
                .contains("translation address not specified");
        assertThat(refusals(VyosVersion.V1_3, rule, withIf, "set nat source rule 5 translation address masquerade"))
                .isEmpty();
    }

    // vyos-1x@1.4.0 smoketest/scripts/cli/test_nat.py test_snat_required_translation_address
    @Test
    void snatNeedsATranslationIn14() {
        String rule = "set nat source rule 5 source address 192.0.2.0/24";
        assertThat(refusals(VyosVersion.V1_4, rule)).singleElement().asString()
                .contains("Source NAT configuration error in rule 5: translation requires address and/or port");
        assertThat(refusals(VyosVersion.V1_4, rule, "set nat source rule 5 translation address masquerade")).isEmpty();
    }

    @Test
    void natPortsNeedTcpOrUdp() {
        String dnat = "set interfaces ethernet eth0\nset nat destination rule 10 inbound-interface eth0\n"
                + "set nat destination rule 10 translation address 10.0.1.100\nset nat destination rule 10 destination port 80";
        assertThat(refusals(VyosVersion.V1_3, dnat)).singleElement().asString().contains("Destination NAT configuration"
                + " error in rule 10: ports can only be specified when protocol is \\\"tcp\\\" or \\\"udp\\\"".replace("\\", ""));
        assertThat(refusals(VyosVersion.V1_3, dnat, "set nat destination rule 10 protocol tcp_udp")).isEmpty();
        assertThat(refusals(VyosVersion.V1_3, "set interfaces ethernet eth0",
                "set nat destination rule 10 destination port 80", "set nat destination rule 10 protocol tcp"))
                .singleElement().asString().contains("inbound-interface not specified");
        String dnat14 = "set nat destination rule 10 translation address 10.0.1.100\n"
                + "set nat destination rule 10 destination port 80";
        assertThat(refusals(VyosVersion.V1_4, dnat14)).singleElement().asString()
                .contains("ports can only be specified when protocol is either tcp, udp or tcp_udp!");
        assertThat(refusals(VyosVersion.V1_4, dnat14, "set nat destination rule 10 protocol udp")).isEmpty();
    }

    @Test
    void firewallRulesIn13() {
        String fw = "set firewall name WAN_IN rule 10 ";
        assertThat(refusals(VyosVersion.V1_3, fw + "protocol udp")).singleElement().asString()
                .contains("firewall name WAN_IN rule 10", "\\\"action\\\" must be defined in rule 10".replace("\\", ""));
        assertThat(refusals(VyosVersion.V1_3, fw + "action accept", fw + "destination port 22")).singleElement()
                .asString().contains("ports can only be specified when protocol is \"tcp\" or \"udp\" (currently \"\")");
        assertThat(refusals(VyosVersion.V1_3, fw + "action accept", fw + "destination port 22", fw + "protocol tcp"))
                .isEmpty();
        assertThat(refusals(VyosVersion.V1_3, fw + "action accept", fw + "tcp flags SYN", fw + "protocol udp"))
                .singleElement().asString().contains("TCP flags can only be set if protocol is set to TCP");
    }

    @Test
    void policyRoutesIn13() {
        String pr = "set policy route PBR rule 20 ";
        assertThat(refusals(VyosVersion.V1_3, pr + "protocol tcp", pr + "set tcp-mss 1414")).singleElement().asString()
                .contains("need to set TCP SYN flag to modify TCP MSS");
        assertThat(refusals(VyosVersion.V1_3, pr + "protocol tcp", pr + "tcp flags SYN,!ACK", pr + "set tcp-mss 1414"))
                .isEmpty();
        assertThat(refusals(VyosVersion.V1_3, pr + "protocol tcp", pr + "tcp flags !SYN", pr + "set tcp-mss 1414"))
                .singleElement().asString().contains("need to set TCP SYN flag");
        assertThat(refusals(VyosVersion.V1_3, pr + "source address 10.0.1.100")).singleElement().asString()
                .contains("Policy route requires \"action drop\" or \"set\" parameters be defined.");
        assertThat(refusals(VyosVersion.V1_3, pr + "set table 100", pr + "set mark 5")).singleElement().asString()
                .contains("Can not define more than one \"set\" parameter per policy route");
        assertThat(refusals(VyosVersion.V1_3, pr + "set table 201")).singleElement().asString()
                .contains("Table must be between 1-200 or table main");
        assertThat(refusals(VyosVersion.V1_3, pr + "set table main")).isEmpty();
    }

    @Test
    void firewallAndPolicyRulesIn14() {
        String fw = "set firewall ipv4 name WAN_IN rule 10 ";
        assertThat(refusals(VyosVersion.V1_4, fw + "protocol udp")).singleElement().asString()
                .contains("Rule action must be defined");
        assertThat(refusals(VyosVersion.V1_4, fw + "action accept", fw + "destination port 22")).singleElement()
                .asString().contains("Protocol must be defined if specifying a port or port-group");
        assertThat(refusals(VyosVersion.V1_4, fw + "action jump")).singleElement().asString()
                .contains("Action set to jump, but no jump-target specified");
        String pr = "set policy route PBR rule 20 ";
        assertThat(refusals(VyosVersion.V1_4, pr + "protocol tcp", pr + "set tcp-mss 1414")).singleElement().asString()
                .contains("PBR rule 20: TCP SYN flag must be set to modify TCP-MSS");
        assertThat(refusals(VyosVersion.V1_4, pr + "protocol tcp", pr + "tcp flags syn", pr + "set tcp-mss 1414"))
                .isEmpty();
    }

    private static final String DHCP_IF = "set interfaces ethernet eth1 address 192.0.2.1/25";
    private static final String POOL = "set service dhcp-server shared-network-name SMOKE-1 subnet 192.0.2.0/25 ";

    // vyos-1x@1.3.4 and 1.4.0 smoketest/scripts/cli/test_service_dhcp-server.py test_dhcp_single_pool_range
    @Test
    void dhcpSubnetNeedsARangeOrStaticMapping() {
        for (VyosVersion v : List.of(VyosVersion.V1_3, VyosVersion.V1_4)) {
            assertThat(refusals(v, DHCP_IF, POOL + "default-router 192.0.2.1", POOL + "name-server 192.0.2.2"))
                    .singleElement().asString().contains("No DHCP address range or active static-mapping configured");
            assertThat(refusals(v, DHCP_IF, POOL + "default-router 192.0.2.1", POOL + "range 0 start 192.0.2.10",
                    POOL + "range 0 stop 192.0.2.20", POOL + "range 1 start 192.0.2.40", POOL + "range 1 stop 192.0.2.50"))
                    .isEmpty();
        }
    }

    @Test
    void dhcpRangesStayInTheirSubnetInOrderAndApart() {
        String r = POOL + "range 0 ";
        assertThat(refusals(VyosVersion.V1_3, DHCP_IF, r + "start 192.0.2.10", r + "stop 192.0.2.200"))
                .singleElement().asString().contains("DHCP range \"0\" stop address not within shared-network"
                        + " \"SMOKE-1, 192.0.2.0/25\"!");
        assertThat(refusals(VyosVersion.V1_3, DHCP_IF, r + "start 192.0.2.20", r + "stop 192.0.2.10"))
                .singleElement().asString().contains("stop address must be greater or equal");
        assertThat(refusals(VyosVersion.V1_3, DHCP_IF, r + "start 192.0.2.10", r + "stop 192.0.2.20",
                POOL + "range 1 start 192.0.2.15", POOL + "range 1 stop 192.0.2.30")).singleElement().asString()
                .contains("Range \"1\" start address \"192.0.2.15\" already part of another range!");
        assertThat(refusals(VyosVersion.V1_3, r + "start 192.0.2.10", r + "stop 192.0.2.20")).singleElement()
                .asString().contains("None of the configured subnets have an appropriate primary IP address");
    }

    // vyos-1x@1.4.0 smoketest/scripts/cli/test_service_dhcp-server.py test_dhcp_single_pool_static_mapping
    @Test
    void dhcpStaticMappingsAreUniqueIn14() {
        String m = POOL + "static-mapping ";
        String[] clients = {DHCP_IF, m + "client1 mac-address 00:50:00:00:00:10", m + "client1 ip-address 192.0.2.10",
            m + "client2 mac-address 00:50:00:00:00:11", m + "client2 ip-address 192.0.2.11"};
        assertThat(refusals(VyosVersion.V1_4, clients)).isEmpty();
        String[] dupeIp = Stream.concat(Stream.of(clients), Stream.of(m + "dupe1 mac-address 00:50:00:00:fe:ff",
                m + "dupe1 ip-address 192.0.2.10")).toArray(String[]::new);
        assertThat(refusals(VyosVersion.V1_4, dupeIp)).singleElement().asString().contains("Configured IP address for"
                + " static mapping \"dupe1\" already exists on another static mapping");
        assertThat(refusals(VyosVersion.V1_3, dupeIp)).as("1.3.4 has no such check").isEmpty();
        assertThat(refusals(VyosVersion.V1_4, Stream.concat(Stream.of(dupeIp), Stream.of(m + "dupe1 disable"))
                .toArray(String[]::new))).isEmpty();
        assertThat(refusals(VyosVersion.V1_4, Stream.concat(Stream.of(clients), Stream.of(
                m + "dupe2 mac-address 00:50:00:00:00:10", m + "dupe2 ip-address 192.0.2.120")).toArray(String[]::new)))
                .singleElement().asString().contains("Configured MAC address for static mapping \"dupe2\"");
    }

    // vyos-1x@1.3.4 smoketest/scripts/cli/test_service_dhcp-server.py test_dhcp_failover
    @Test
    void dhcpFailoverNeedsASubnetThatUsesIt() {
        String f = "set service dhcp-server failover ";
        assertThat(refusals(VyosVersion.V1_3, DHCP_IF, POOL + "range 0 start 192.0.2.10", POOL + "range 0 stop 192.0.2.20",
                f + "source-address 192.0.2.1", f + "name VyOS-Failover", f + "remote 192.0.2.2", f + "status primary"))
                .singleElement().asString().contains("DHCP failover must be enabled for at least one subnet!");
    }

    /** Every example config commits on 1.3 (the guard: a check that refuses them is wrong, or they are). */
    @Test
    void examplesCommitOn13() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".conf") && !f.endsWith("published.conf")).toList()) {
                assertThat(VyosConfig.parse(p).diagnostics()).as(p.toString())
                        .noneMatch(d -> d.code().equals("commit-refused"));
            }
        }
    }

    private static final String TUN = "set interfaces tunnel tun0 ";

    // vyos-1x@1.3.4 smoketest/scripts/cli/test_interfaces_tunnel.py test_ipv4_encapsulations, test_ipv6_encapsulations
    @Test
    void tunnelAddressFamiliesFollowTheEncapsulation() {
        String v4 = TUN + "source-address 192.0.2.1";
        String v6 = TUN + "source-address 2001:db8::1";
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip", v6, TUN + "remote 192.0.2.2"))
                .singleElement().asString().contains("Encapsulation mode requires IPv4 source-address");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip", v4, TUN + "remote 2001:db8::2"))
                .singleElement().asString().contains("Encapsulation mode requires IPv4 remote address");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation sit", v4, TUN + "remote 192.0.2.2",
                TUN + "source-interface eth0")).singleElement().asString()
                .contains("Option source-interface can not be used with encapsulation \"sit\"!");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip6", v4, TUN + "remote 2001:db8::2"))
                .singleElement().asString().contains("Encapsulation mode requires IPv6 source-address");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip6", v6, TUN + "remote 192.0.2.2"))
                .singleElement().asString().contains("Encapsulation mode requires IPv6 remote-ip address");
        // vyos-1x@1.4.0 python/vyos/configverify.py verify_tunnel(): the message names 'remote'
        assertThat(refusals(VyosVersion.V1_4, TUN + "encapsulation ipip6", v6, TUN + "remote 192.0.2.2"))
                .singleElement().asString().endsWith("Encapsulation mode requires IPv6 remote\"");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip6", v6, TUN + "remote 2001:db8::2")).isEmpty();
    }

    // vyos-1x@1.3.4 python/vyos/configverify.py verify_tunnel(); smoketest test_tunnel_gre_key
    @Test
    void tunnelNeedsEncapsulationSourceRemoteAndAGreKeyForAnySource() {
        assertThat(refusals(VyosVersion.V1_3, TUN + "remote 192.0.2.2")).singleElement().asString()
                .contains("Must configure the tunnel encapsulation for tun0!");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip6", TUN + "remote 2001:db8::2"))
                .singleElement().asString().contains("source-address or source-interface required for tunnel!");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip6", TUN + "source-address 2001:db8::1"))
                .singleElement().asString().contains("remote-ip address is mandatory for tunnel");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation gre", TUN + "source-address 0.0.0.0"))
                .singleElement().asString().contains("\"parameters ip key\" must be set for tun0 when encapsulation is GRE!");
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation gre", TUN + "source-address 0.0.0.0",
                TUN + "parameters ip key 127")).isEmpty();
    }

    // vyos-1x@1.3.4 src/conf_mode/interfaces-tunnel.py verify() and verify_mtu_ipv6()
    @Test
    void tunnelParametersAndMtu() {
        String ok = TUN + "encapsulation ipip6\n" + TUN + "source-address 2001:db8::1\n" + TUN + "remote 2001:db8::2";
        assertThat(refusals(VyosVersion.V1_3, ok, TUN + "parameters ip no-pmtu-discovery")).singleElement().asString()
                .contains("Disabled PMTU requires TTL set to \"0\"!");
        assertThat(refusals(VyosVersion.V1_3, ok, TUN + "parameters ip no-pmtu-discovery", TUN + "parameters ip ttl 0"))
                .singleElement().asString().contains("Can not disable PMTU discovery for given encapsulation");
        assertThat(refusals(VyosVersion.V1_3, ok, TUN + "parameters ip ignore-df")).singleElement().asString()
                .contains("Option ignore-df can only be used on GRETAP tunnels!");
        assertThat(refusals(VyosVersion.V1_3, ok, TUN + "mtu 1200")).singleElement().asString()
                .contains("link-local IPv6 address will be configured on interface \"tun0\", the required minimum MTU is 1280!");
        assertThat(refusals(VyosVersion.V1_3, ok, TUN + "mtu 1200", TUN + "ipv6 address no-default-link-local")).isEmpty();
        assertThat(refusals(VyosVersion.V1_3, TUN + "encapsulation ipip\n" + TUN + "source-address 192.0.2.1\n" + TUN
                + "remote 192.0.2.2", TUN + "parameters ip key 5")).singleElement().asString()
                .contains("Keys are not allowed with ipip and sit tunnels!");
    }

    private static final String DDNS = "set service dns dynamic name svc ";

    // vyos-1x@1.4.0 smoketest/scripts/cli/test_service_dns_dynamic.py test_01_dyndns_service_standard,
    // test_02_dyndns_service_ipv6, test_05_dyndns_hostname; src/conf_mode/service_dns_dynamic.py verify()
    @Test
    void dynamicDnsNamesIn14() {
        String cf = DDNS + "protocol cloudflare\n" + DDNS + "address interface eth0\n" + DDNS + "host-name a.example.org\n"
                + DDNS + "password secret";
        assertThat(refusals(VyosVersion.V1_4, cf)).singleElement().asString()
                .contains("\"zone\" is required for Dynamic DNS service \"svc\" with protocol \"cloudflare\"");
        assertThat(refusals(VyosVersion.V1_4, cf, DDNS + "zone example.org", DDNS + "ttl 300", DDNS + "ip-version both"))
                .isEmpty();
        String freedns = DDNS + "protocol freedns\n" + DDNS + "address interface eth0\n" + DDNS
                + "host-name a.example.org\n" + DDNS + "password secret\n" + DDNS + "username u";
        assertThat(refusals(VyosVersion.V1_4, freedns)).isEmpty();
        assertThat(refusals(VyosVersion.V1_4, freedns, DDNS + "zone example.org")).singleElement().asString()
                .contains("\"zone\" is not supported for Dynamic DNS service \"svc\" with protocol \"freedns\"");
        assertThat(refusals(VyosVersion.V1_4, freedns, DDNS + "ttl 300")).singleElement().asString()
                .contains("\"ttl\" is not supported");
        String gd = freedns.replace("protocol freedns", "protocol googledomains");
        assertThat(refusals(VyosVersion.V1_4, gd, DDNS + "ip-version both")).singleElement().asString()
                .contains("Both IPv4 and IPv6 at the same time is not supported for Dynamic DNS service \"svc\"");
        assertThat(refusals(VyosVersion.V1_4, freedns, DDNS + "wait-time 600", DDNS + "expiry-time 300"))
                .singleElement().asString().contains("\"expiry-time\" must be greater than \"wait-time\"");
        // test_06_dyndns_web_options: neither or both of interface and web; skip without url
        String noAddress = cf.replace(DDNS + "address interface eth0\n", "") + "\n" + DDNS + "zone example.org";
        assertThat(refusals(VyosVersion.V1_4, noAddress)).singleElement().asString()
                .contains("\"address\" is required for Dynamic DNS service \"svc\"");
        assertThat(refusals(VyosVersion.V1_4, cf, DDNS + "zone example.org", DDNS + "address web"))
                .singleElement().asString().contains("Both \"interface\" and \"web\" at the same time is not supported");
        assertThat(refusals(VyosVersion.ROLLING, cf.replace("address interface eth0", "address web skip 'IP:'"),
                DDNS + "zone example.org")).singleElement().asString()
                .contains("\"url\" along with \"skip\" is required");
    }

    // vyos-1x@1.4.0 src/conf_mode/protocols_static.py verify()
    @Test
    void staticRouteIsEitherBlackholeOrRejectIn14() {
        String r = "set protocols static route 192.0.2.0/24 ";
        assertThat(refusals(VyosVersion.V1_4, r + "blackhole", r + "reject")).singleElement().asString()
                .contains("Can not use both blackhole and reject for prefix \"192.0.2.0/24\"!");
        assertThat(refusals(VyosVersion.V1_4, r + "blackhole")).isEmpty();
    }
}
