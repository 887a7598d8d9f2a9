package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One small config per diagnostic code, asserting code, severity, line and the gist of the message. */
class DiagnosticKindsTest {

    private static Diagnostic only(VyosConfig c) {
        assertThat(c.diagnostics()).hasSize(1);
        return c.diagnostics().get(0);
    }

    @Test
    void syntax() {
        Diagnostic d = only(Configs.lines("set interfaces ethernet eth1 description 'LAN"));
        assertThat(d).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::line, Diagnostic::column)
                .containsExactly("syntax", Severity.ERROR, 1, 42);
        assertThat(d.message()).contains("unterminated quote");
        assertThat(only(Configs.lines("sett interfaces ethernet eth1")).message()).contains("did you mean 'set'?");
        assertThat(only(Configs.lines("edit interfaces")).code()).isEqualTo("syntax");
    }

    @Test
    void unknownKeywordWithSuggestion() {
        Diagnostic d = only(Configs.lines("set interfaces ethernet eth1 address 10.0.1.254/24",
                "set inetrface pppoe pppoe0 source-interface eth1"));
        assertThat(d.toString()).isEqualTo(
                "test.conf:2:5: error: unknown keyword 'inetrface' at the top level (did you mean 'interfaces'?)");
        assertThat(only(Configs.lines("set interfaces ethernet eth0 address dhcp",
                "set service dns dyamic interface eth0 service x host-name a.example.com"))
                .message()).contains("'dyamic'", "did you mean 'dynamic'?");
    }

    @Test
    void unknownKeywordWhereAValueWasWritten() {
        Diagnostic d = only(Configs.lines("set interfaces ethernet eth1 address 10.0.1.254/24",
                "set interfaces ethernet eth1 policy PBR", "set policy route PBR rule 10 set table main"));
        assertThat(d.code()).isEqualTo("unknown-keyword");
        assertThat(d.message()).contains("did you mean 'interfaces ethernet eth1 policy route PBR'?");
    }

    @Test
    void abbreviationIsAWarningInSetFilesAndCanonicalised() {
        VyosConfig c = Configs.lines("set interface ethernet eth1 address 10.0.1.254/24",
                "set interface ethernet eth1 description LAN");
        Diagnostic d = only(c);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("'interface' abbreviates 'interfaces'", "(also on line 2)");
        assertThat(c.tree().has(List.of("interfaces", "ethernet", "eth1", "description", "LAN"))).isTrue();
    }

    @Test
    void showWhereSetWasMeant() {
        VyosConfig c = Configs.lines("show service dhcp-server shared-network-name LAN subnet 10.0.1.0/24 default-router 10.0.1.254");
        Diagnostic d = only(c);
        assertThat(d).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::column)
                .containsExactly("show-not-set", Severity.ERROR, 1);
        assertThat(c.tree().isEmpty()).isTrue();
    }

    @Test
    void badValuesOfEachShape() {
        assertThat(only(Configs.lines("set interfaces ethernet eth1 address 10.0.1.254")).message())
                .contains("needs a prefix length, e.g. 10.0.1.254/24");
        assertThat(only(Configs.lines("set interfaces tunnel tun0 source-address 2001:db8::1/64")).message())
                .contains("bare address, without the prefix length '/64'");
        // vyos-1x@1.4.0 interface-definitions/protocols_static.xml.in: route is an ipv4-prefix (1.3.4's
        // vyatta-cfg-quagga template checks it with a script, not offline)
        assertThat(only(VyosConfig.parse("t", "set protocols static route 10.0.1.1/24 blackhole\n", VyosVersion.V1_4))
                .message())
                .contains("host bits are set; the network is 10.0.1.0/24");
        // vyos-1x@1.4.0 interface-definitions/include/nat-rule.xml.i: port uses the port-multi validator
        assertThat(only(VyosConfig.parse("t", "set nat destination rule 1 destination port 70000\n", VyosVersion.V1_4))
                .message()).contains("expected ports, port ranges or service names");
        // vyatta-cfg-firewall@1.3.4 templates/firewall/name/node.tag/rule/node.def: 1-999999
        assertThat(Configs.lines("set firewall name F rule 19132 action accept").diagnostics()).isEmpty();
        assertThat(only(Configs.lines("set firewall name F rule 1000000 action accept")).message())
                .contains("a number 1-999999");
        assertThat(only(Configs.lines("set interfaces pppoe pppoe0 default-route sometimes")).message())
                .contains("one of auto, none, force");
        // ipaddrcheck --is-ipv4-host (vyos-1x@1.3.4 src/validators/ipv4-host): the network address is no host
        assertThat(only(Configs.lines("set interfaces ethernet eth1 address 10.0.1.0/24")).message())
                .contains("10.0.1.0/24 is the network address of 10.0.1.0/24, not a host address");
        assertThat(Configs.lines("set interfaces ethernet eth1 address 10.0.1.0/31").diagnostics()).isEmpty();
        // vyatta-cfg-firewall@1.3.4 templates/firewall/name/node.tag/rule/node.tag/tcp/flags/node.def: upper case
        assertThat(only(Configs.lines("set firewall name F rule 1 tcp flags syn")).code()).isEqualTo("bad-value");
        assertThat(only(Configs.lines("set system bogus-node 1")).code()).isEqualTo("unknown-keyword");
        assertThat(only(Configs.lines("set interfaces ethernet eth1 address 10.0.1.300/24")).code()).isEqualTo("bad-value");
    }

    @Test
    void missingValue() {
        Diagnostic d = only(Configs.lines("set interfaces pppoe pppoe0 mtu"));
        assertThat(d.code()).isEqualTo("missing-value");
        assertThat(d.message()).contains("'mtu' needs a value: a number 68-1500");
    }

    @Test
    void placeholders() {
        Diagnostic address = only(Configs.lines("set interfaces tunnel tun0 remote 2001:xxx:x:xxx:xx"));
        assertThat(address).extracting(Diagnostic::code, Diagnostic::severity).containsExactly("placeholder", Severity.ERROR);
        // a pppoe that commits: its source-interface and both credentials (vyos-1x@1.3.4 python/vyos/configverify.py
        // verify_source_interface(), verify_authentication())
        Diagnostic text = only(Configs.lines("set interfaces ethernet eth0 address dhcp",
                "set interfaces pppoe pppoe0 source-interface eth0", "set interfaces pppoe pppoe0 authentication user xxxxx",
                "set interfaces pppoe pppoe0 authentication password secret"));
        assertThat(text).extracting(Diagnostic::code, Diagnostic::severity).containsExactly("placeholder", Severity.WARNING);
        // a service that commits: host-name, login and password (vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py verify())
        String cf = "set service dns dynamic interface eth0 service cf ";
        Diagnostic angle = only(Configs.lines("set interfaces ethernet eth0 address dhcp", cf + "host-name r1.example.com",
                cf + "login <email address>", cf + "password secret"));
        assertThat(angle.message()).contains("'<email address>'", "looks like a placeholder");
    }

    @Test
    void undefinedReferences() {
        VyosConfig c = Configs.lines(
                "set interfaces ethernet eth1 address 10.0.1.254/24",
                "set interfaces ethernet eth1 firewall in name MISSING",
                "set interfaces ethernet eth1 policy route NOPE",
                "set interfaces pppoe pppoe0 source-interface eth9",
                "set protocols static interface-route 0.0.0.0/0 next-hop-interface tun7",
                "set nat source rule 10 outbound-interface wg0",
                "set nat source rule 10 translation address masquerade");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsOnly("undefined-reference");
        assertThat(c.diagnostics()).extracting(Diagnostic::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(c.diagnostics().get(0).message()).contains("firewall name 'MISSING' is attached to eth1 but never defined");
    }

    @Test
    void dhcpRangeContainingAFixedAddress() {
        VyosConfig c = Configs.lines(
                "set interfaces ethernet eth1 address 10.0.1.254/24",
                "set service dhcp-server shared-network-name LAN subnet 10.0.1.0/24 range r start 10.0.1.100",
                "set service dhcp-server shared-network-name LAN subnet 10.0.1.0/24 range r stop 10.0.1.254");
        Diagnostic d = only(c);
        assertThat(d).extracting(Diagnostic::code, Diagnostic::line).containsExactly("dhcp-range-contains-static", 2);
        assertThat(d.message()).contains("contains 10.0.1.254", "the router's own address on eth1");
    }

    @Test
    void policyTableWithoutRoutes() {
        VyosConfig c = Configs.lines(
                "set interfaces ethernet eth1 address 10.0.1.254/24",
                "set interfaces ethernet eth1 policy route PBR",
                "set policy route PBR rule 10 source address 10.0.1.100/32",
                "set policy route PBR rule 10 set table 100");
        Diagnostic d = only(c);
        assertThat(d).extracting(Diagnostic::code, Diagnostic::line).containsExactly("empty-policy-table", 4);
        VyosConfig fixed = Configs.lines(
                "set interfaces ethernet eth1 address 10.0.1.254/24",
                "set interfaces ethernet eth1 policy route PBR",
                "set policy route PBR rule 10 source address 10.0.1.100/32",
                "set policy route PBR rule 10 set table 100",
                "set interfaces pppoe pppoe0 source-interface eth0",
                "set interfaces ethernet eth0",
                "set protocols static table 100 interface-route 0.0.0.0/0 next-hop-interface pppoe0");
        assertThat(fixed.diagnostics()).isEmpty();
    }

    private static final List<String> DNAT = List.of(
            "set interfaces ethernet eth0",
            "set interfaces ethernet eth1 address 10.0.1.254/24",
            "set interfaces pppoe pppoe0 source-interface eth0",
            "set interfaces pppoe pppoe0 firewall in name WAN_IN",
            "set nat destination rule 10 inbound-interface pppoe0",
            "set nat destination rule 10 protocol udp",
            "set nat destination rule 10 destination port 19132",
            "set nat destination rule 10 translation address 10.0.1.100",
            "set firewall name WAN_IN default-action drop",
            "set firewall name WAN_IN rule 10 action accept",
            "set firewall name WAN_IN rule 10 state established enable");

    @Test
    void destinationNatWithoutFirewallAccept() {
        VyosConfig c = Configs.lines(DNAT.toArray(String[]::new));
        Diagnostic d = only(c);
        assertThat(d).extracting(Diagnostic::code, Diagnostic::line).containsExactly("dnat-without-firewall-accept", 5);
        assertThat(d.message()).contains("forwards udp port 19132 to 10.0.1.100", "firewall WAN_IN (in on pppoe0)");
        VyosConfig accepted = Configs.lines(Stream.concat(DNAT.stream(), Stream.of(
                "set firewall name WAN_IN rule 20 action accept",
                "set firewall name WAN_IN rule 20 protocol udp",
                "set firewall name WAN_IN rule 20 destination address 10.0.1.100",
                "set firewall name WAN_IN rule 20 destination port 19132")).toArray(String[]::new));
        assertThat(accepted.diagnostics()).isEmpty();
    }

    @Test
    void wanFirewallRuleWithoutProtocolOrPort() {
        VyosConfig c = Configs.lines(Stream.concat(DNAT.stream(), Stream.of(
                "set firewall name WAN_IN rule 20 action accept",
                "set firewall name WAN_IN rule 20 destination address 10.0.1.100")).toArray(String[]::new));
        Diagnostic d = only(c);
        assertThat(d).extracting(Diagnostic::code, Diagnostic::line).containsExactly("firewall-rule-too-broad", 12);
        assertThat(d.message()).contains("accepts every protocol and port to 10.0.1.100/32",
                "destination NAT rule 10 forwards udp port 19132");
    }

    @Test
    void everyCodeIsDocumentedAndExercised() {
        assertThat(Diagnostic.CODES).contains("syntax", "unreadable", "empty", "ignored-command", "show-not-set",
                "unknown-keyword", "abbreviation", "bad-value", "missing-value", "placeholder", "undefined-reference",
                "dhcp-range-contains-static", "empty-policy-table", "dnat-without-firewall-accept",
                "firewall-rule-too-broad");
    }
}
