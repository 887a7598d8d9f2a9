package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed blog post's config: one diagnostic per real mistake as published; none once corrected. */
class SeedConfigTest {

    private static InetAddress ip(String s) {
        return Addresses.parse(s).orElseThrow();
    }

    @Test
    void publishedConfigYieldsOneDiagnosticPerMistake() {
        VyosConfig c = VyosConfig.parse(Configs.PUBLISHED);
        List<String> found = c.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE)
                .map(d -> d.line() + " " + d.severity() + " " + d.code()).toList();
        assertThat(found).containsExactly(
                "7 WARNING abbreviation",                  // set interface ... (11 lines)
                "7 ERROR bad-value",                       // eth1 address without /24
                "20 ERROR placeholder",                    // tunnel remote 2001:xxx:x:xxx:xx
                "21 ERROR placeholder",                    // tunnel source-address 2405:xx.../64
                "33 ERROR show-not-set",                   // the DHCP block uses show (5 lines)
                "36 WARNING dhcp-range-contains-static",   // pool 10.0.1.100-190 holds the server
                "37 ERROR unknown-keyword",                // range ... end (VyOS: stop)
                "40 WARNING placeholder",                  // PPPoE user xxxxx
                "41 WARNING placeholder",                  // PPPoE password xxxxxxx
                "42 ERROR unknown-keyword",                // inetrface (2 lines)
                "58 WARNING empty-policy-table",           // set table 100, nothing in table 100
                "66 ERROR unknown-keyword",                // policy PBR (VyOS: policy route PBR)
                "69 ERROR unknown-keyword",                // dyamic (5 lines)
                "70 WARNING placeholder",                  // login <email address>
                "71 WARNING placeholder",                  // password <global api key>
                "88 WARNING firewall-rule-too-broad");     // WAN_IN 19132: no protocol/port
        assertThat(c.diagnostics().get(0).toString()).startsWith("published.conf:7:5: warning: 'interface' abbreviates"
                + " 'interfaces'").endsWith("(also on lines 10, 11, 12, 13, 40, 41, 66, 98, 99, 100)");
        assertThat(c.diagnostics()).filteredOn(d -> d.severity() == Severity.NOTE).extracting(Diagnostic::line)
                .containsExactly(14, 16, 76, 102);
        assertThat(c.hasErrors()).isTrue();
        assertThatThrownBy(c::validIntent).isInstanceOf(ConfigException.class)
                .hasMessageContaining("published.conf:42:5: error: unknown keyword 'inetrface'");
    }

    @Test
    void publishedIntentIsWhatVyosWouldRun() {
        Intent i = VyosConfig.parse(Configs.PUBLISHED).intent();
        assertThat(i.dhcpPools()).as("the DHCP block was 'show', so no DHCP server").isEmpty();
        assertThat(i.pppoe()).singleElement().satisfies(p -> {
            assertThat(p.sourceInterface()).as("'inetrface' lines are refused").isEmpty();
            assertThat(p.mtu()).as("VyOS 1.3.4's default, the published config sets none").isEqualTo(1492);
            assertThat(p.mru()).isEqualTo(1492);
        });
        // vyatta-nat@1.3.4 templates: 'nat destination rule' takes 1-999999 (the tree's num:1..999999), so
        // rule 19132 is accepted as published
        assertThat(i.destinationNat()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(19132));
        assertThat(i.tunnels()).singleElement().satisfies(t -> assertThat(t.remote()).isEmpty());
        assertThat(i.dynamicDns()).isEmpty();
        assertThat(i.policyRoutes()).singleElement().satisfies(p -> assertThat(p.interfaces()).isEmpty());
    }

    @Test
    void correctedConfigWithoutItsMruIsRefusedAtCommit() throws java.io.IOException {
        String text = java.nio.file.Files.readString(Configs.CORRECTED);
        assertThat(VyosConfig.parse("corrected.conf", text).intent().pppoe().get(0).mru()).isEqualTo(1454);
        // vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py verify(): mru (default 1492) must not exceed mtu 1454
        VyosConfig without = VyosConfig.parse("corrected.conf", text.replace("set interfaces pppoe pppoe0 mru 1454\n", ""));
        assertThat(without.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(36);
            assertThat(d.message()).contains("PPPoE MRU needs to be lower then MTU!", "mru 1492, its default, > mtu 1454");
        });
        // vyos-1x@1.4.0 src/conf_mode/interfaces_pppoe.py get_config(): without mru, MRU follows the MTU
        assertThat(PppoeCheck.diagnostics("set interfaces pppoe pppoe0 mtu 1454", VyosVersion.V1_4)).isEmpty();
        assertThat(PppoeCheck.diagnostics("set interfaces pppoe pppoe0 mtu 1454\nset interfaces pppoe pppoe0 mru 1460",
                VyosVersion.V1_4)).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(4));
    }

    /** Diagnostics of a small PPPoE config against a version. */
    private static final class PppoeCheck {
        static List<Diagnostic> diagnostics(String lines, VyosVersion v) {
            return VyosConfig.parse("p.conf", "set interfaces ethernet eth0\nset interfaces pppoe pppoe0 source-interface"
                    + " eth0\n" + lines + "\n", v).diagnostics().stream()
                    .filter(d -> d.code().equals("commit-refused")).toList();
        }
    }

    @Test
    void correctedConfigYieldsNoDiagnostics() {
        VyosConfig c = VyosConfig.parse(Configs.CORRECTED);
        assertThat(c.diagnostics()).isEmpty();
        assertThat(c.intent().unmodelled()).isEmpty();
    }

    @Test
    void correctedIntentFieldByField() {
        VyosConfig c = VyosConfig.parse(Configs.CORRECTED);
        Intent i = c.validIntent();

        Intent.Wan wan = i.wan().orElseThrow();
        assertThat(wan.interfaceName()).isEqualTo("eth0");
        assertThat(wan.ipv6Modes()).containsExactlyInAnyOrder(Intent.Ipv6Mode.SLAAC, Intent.Ipv6Mode.DHCPV6_STATELESS);
        assertThat(wan.dhcpv4()).isFalse();
        assertThat(wan.ipv6Forwarding()).isFalse();
        assertThat(wan.staticAddresses()).isEmpty();

        Intent.Tunnel tun = i.tunnels().get(0);
        assertThat(i.tunnels()).hasSize(1);
        assertThat(tun.name()).isEqualTo("tun0");
        assertThat(tun.encapsulation()).isEqualTo("ipip6");
        assertThat(tun.remote6()).contains((java.net.Inet6Address) ip("2001:db8:ffff::1"));
        assertThat(tun.source6()).contains((java.net.Inet6Address) ip("2001:db8:1:1:5054:ff:fe12:3456"));
        assertThat(tun.mtu()).as("vyos-1x@1.3.4 interfaces-tunnel.xml.in default").isEqualTo(1476);
        assertThat(tun.ipv6()).isEqualTo(new Intent.Ipv6TunnelParameters(Optional.of("4"), Optional.of("64"),
                Optional.of("inherit"), Optional.of("inherit")));

        Intent.Pppoe ppp = i.pppoe().get(0);
        assertThat(ppp.name()).isEqualTo("pppoe0");
        assertThat(ppp.sourceInterface()).contains("eth0");
        assertThat(ppp.user()).contains("user@example.jp");
        assertThat(ppp.password()).contains("lab-pppoe-secret");
        assertThat(ppp.toString()).doesNotContain("lab-pppoe-secret");
        assertThat(ppp.mtu()).isEqualTo(1454);
        assertThat(ppp.defaultRoute()).as("1.3 default when unset").isEqualTo(Intent.DefaultRoute.AUTO);
        assertThat(ppp.defaultRouteExplicit()).isFalse();

        assertThat(i.lans()).singleElement().satisfies(l -> {
            assertThat(l.interfaceName()).isEqualTo("eth1");
            assertThat(l.routerAddress()).isEqualTo(ip("10.0.1.254"));
            assertThat(l.subnet()).hasToString("10.0.1.0/24");
        });

        assertThat(i.dhcpPools()).singleElement().satisfies(p -> {
            assertThat(p.sharedNetwork()).isEqualTo("HOME-DHCP");
            assertThat(p.subnet()).hasToString("10.0.1.0/24");
            assertThat(p.ranges()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("dhcp1-subnet");
                assertThat(r.start()).isEqualTo(ip("10.0.1.110"));
                assertThat(r.stop()).isEqualTo(ip("10.0.1.190"));
            });
            assertThat(p.defaultRouter()).contains(ip("10.0.1.254"));
            assertThat(p.dnsServers()).containsExactly(ip("192.0.2.53"));
        });

        assertThat(i.sourceNat()).extracting(Intent.NatRule::number).containsExactly(100, 110);
        Intent.NatRule lanNat = i.sourceNat().get(0);
        assertThat(lanNat.outboundInterface()).contains("tun0");
        assertThat(lanNat.source().address()).map(Prefix::toString).contains("10.0.1.0/24");
        assertThat(lanNat.translation().masquerade()).isTrue();
        Intent.NatRule serverNat = i.sourceNat().get(1);
        assertThat(serverNat.outboundInterface()).contains("pppoe0");
        assertThat(serverNat.source().address()).map(Prefix::toString).contains("10.0.1.100/32");

        Intent.NatRule dnat = i.destinationNat().get(0);
        assertThat(dnat.number()).isEqualTo(100);
        assertThat(dnat.description()).contains("Minecraft");
        assertThat(dnat.inboundInterface()).contains("pppoe0");
        assertThat(dnat.protocol()).contains("udp");
        assertThat(dnat.destination().ports()).containsExactly(new Intent.PortRange(19132, 19132));
        assertThat(dnat.translation().address()).contains(ip("10.0.1.100"));
        assertThat(dnat.translation().port()).contains(new Intent.PortRange(19132, 19132));

        Intent.PolicyRoute pbr = i.policyRoutes().get(0);
        assertThat(pbr.name()).isEqualTo("PBR");
        assertThat(pbr.interfaces()).containsExactly("eth1");
        Intent.PolicyRule viaPppoe = pbr.rules().get(0);
        assertThat(viaPppoe.number()).isEqualTo(10);
        assertThat(viaPppoe.source().address()).map(Prefix::toString).contains("10.0.1.100/32");
        assertThat(viaPppoe.setTable()).contains("100");
        assertThat(viaPppoe.setTcpMss()).isEmpty();
        Intent.PolicyRule mss = pbr.rules().get(1);
        assertThat(mss.destination().address()).map(Prefix::toString).contains("0.0.0.0/0");
        assertThat(mss.protocol()).contains("tcp");
        assertThat(mss.tcpFlags()).contains(new Intent.TcpFlags(Set.of("SYN"), Set.of("ACK", "FIN", "RST")));
        assertThat(mss.setTcpMss()).isEqualTo(OptionalInt.of(1414));
        assertThat(mss.setTable()).isEmpty();

        assertThat(i.staticRoutes()).containsExactly(
                new Intent.StaticRoute("main", Prefix.parse("0.0.0.0/0").orElseThrow(), Optional.empty(),
                        Optional.of("tun0"), false, 19),
                new Intent.StaticRoute("100", Prefix.parse("0.0.0.0/0").orElseThrow(), Optional.empty(),
                        Optional.of("pppoe0"), false, 59));

        assertThat(i.firewalls()).extracting(Intent.Firewall::name).containsExactly("LAN_OUT", "WAN_IN", "WAN_LOCAL");
        assertThat(i.firewall("LAN_OUT").orElseThrow().defaultAction()).isEqualTo(Intent.Action.RETURN);
        Intent.Firewall wanIn = i.firewall("WAN_IN").orElseThrow();
        assertThat(wanIn.defaultAction()).isEqualTo(Intent.Action.DROP);
        assertThat(wanIn.rules()).extracting(Intent.FirewallRule::number).containsExactly(10, 20, 30);
        assertThat(wanIn.rules().get(0).states()).containsExactlyInAnyOrder(Intent.State.ESTABLISHED, Intent.State.RELATED);
        assertThat(wanIn.rules().get(1).action()).isEqualTo(Intent.Action.DROP);
        assertThat(wanIn.rules().get(1).states()).containsExactly(Intent.State.INVALID);
        Intent.FirewallRule game = wanIn.rules().get(2);
        assertThat(game.action()).isEqualTo(Intent.Action.RETURN);
        assertThat(game.protocol()).contains("udp");
        assertThat(game.destination().address()).map(Prefix::toString).contains("10.0.1.100/32");
        assertThat(game.destination().ports()).containsExactly(new Intent.PortRange(19132, 19132));

        assertThat(i.firewallAttachments()).extracting(a -> a.interfaceName() + " " + a.direction() + " " + a.ruleset())
                .containsExactlyInAnyOrder("pppoe0 IN WAN_IN", "pppoe0 LOCAL WAN_LOCAL", "pppoe0 OUT LAN_OUT");

        assertThat(i.dynamicDns()).singleElement().satisfies(d -> {
            assertThat(d.interfaceName()).isEqualTo("pppoe0");
            assertThat(d.service()).isEqualTo("cloudflare");
            assertThat(d.protocol()).contains("cloudflare");
            assertThat(d.hostNames()).containsExactly("bar.example.com");
            assertThat(d.zone()).contains("example.com");
            assertThat(d.login()).contains("admin@example.com");
            assertThat(d.toString()).doesNotContain("lab-cloudflare-api-key");
        });

        assertThat(c.secrets()).containsExactlyInAnyOrder("lab-pppoe-secret", "lab-cloudflare-api-key");
        assertThat(c.mask("chap secret lab-pppoe-secret")).isEqualTo("chap secret ******");
        assertThat(c.lineOf(List.of("interfaces", "pppoe", "pppoe0", "mtu", "1454"))).contains(36);
        assertThat(c.lineOf(List.of("interfaces", "pppoe", "pppoe0"))).contains(33);
    }
}
