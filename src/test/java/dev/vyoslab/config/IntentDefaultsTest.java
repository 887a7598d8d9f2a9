package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values VyOS fills in where a config sets none, per release, as the intent carries them. */
class IntentDefaultsTest {

    private static Intent intent(VyosVersion v, String... lines) {
        VyosConfig c = VyosConfig.parse("d.conf", String.join("\n", lines) + "\n", v);
        assertThat(c.diagnostics()).as("diagnostics").filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
        return c.intent();
    }

    @Test
    void pppoeMtuMruAndDefaultRouteOn13() {
        Intent.Pppoe p = intent(VyosVersion.V1_3, "set interfaces ethernet eth0",
                "set interfaces pppoe pppoe0 source-interface eth0").pppoe().get(0);
        // vyos-1x@1.3.4 interfaces-pppoe.xml.in: mtu 1492, mru 1492, default-route auto
        assertThat(p.mtu()).isEqualTo(1492);
        assertThat(p.mru()).isEqualTo(1492);
        assertThat(p.defaultRoute()).isEqualTo(Intent.DefaultRoute.AUTO);
        assertThat(p.defaultRouteExplicit()).isFalse();
    }

    @Test
    void pppoeMruFollowsTheMtuOn14() {
        Intent.Pppoe p = intent(VyosVersion.V1_4, "set interfaces ethernet eth0",
                "set interfaces pppoe pppoe0 source-interface eth0", "set interfaces pppoe pppoe0 mtu 1454")
                .pppoe().get(0);
        // vyos-1x@1.4.0 src/conf_mode/interfaces_pppoe.py get_config(): mru = mtu when unset
        assertThat(p.mru()).isEqualTo(1454);
        Intent.Pppoe none = intent(VyosVersion.V1_4, "set interfaces ethernet eth0",
                "set interfaces pppoe pppoe0 source-interface eth0", "set interfaces pppoe pppoe0 no-default-route")
                .pppoe().get(0);
        assertThat(none.defaultRoute()).isEqualTo(Intent.DefaultRoute.NONE);
        assertThat(none.mtu()).isEqualTo(1492);
    }

    @Test
    void tunnelMtuAndIpv6ParametersPerRelease() {
        String[] tunnel = {"set interfaces tunnel tun0 encapsulation ipip6",
                "set interfaces tunnel tun0 source-address 2001:db8::2", "set interfaces tunnel tun0 remote 2001:db8::1"};
        Intent.Tunnel t13 = intent(VyosVersion.V1_3, tunnel).tunnels().get(0);
        assertThat(t13.mtu()).isEqualTo(1476);
        assertThat(t13.ipv6()).isEqualTo(new Intent.Ipv6TunnelParameters(Optional.of("4"), Optional.of("64"),
                Optional.of("inherit"), Optional.of("inherit")));
        // 1.4.0's interfaces-tunnel.xml.in has no flowlabel default
        assertThat(intent(VyosVersion.V1_4, tunnel).tunnels().get(0).ipv6().flowLabel()).isEmpty();
        Intent.Tunnel set = intent(VyosVersion.V1_3, tunnel[0], tunnel[1], tunnel[2],
                "set interfaces tunnel tun0 mtu 1460", "set interfaces tunnel tun0 parameters ipv6 encaplimit none")
                .tunnels().get(0);
        assertThat(set.mtu()).isEqualTo(1460);
        assertThat(set.ipv6().encapLimit()).contains("none");
    }

    @Test
    void dhcpLeaseDefaultsToADay() {
        String[] pool = {"set interfaces ethernet eth1 address 10.0.1.1/24",
                "set service dhcp-server shared-network-name N subnet 10.0.1.0/24 range r start 10.0.1.10",
                "set service dhcp-server shared-network-name N subnet 10.0.1.0/24 range r stop 10.0.1.20"};
        assertThat(intent(VyosVersion.V1_3, pool).dhcpPools().get(0).leaseSeconds()).isEqualTo(86400);
        Intent set = intent(VyosVersion.V1_3, pool[0], pool[1], pool[2],
                "set service dhcp-server shared-network-name N subnet 10.0.1.0/24 lease 3600");
        assertThat(set.dhcpPools().get(0).leaseSeconds()).isEqualTo(3600);
        assertThat(set.unmodelled()).as("lease is modelled").isEmpty();
    }

    @Test
    void sshListensOnPort22AndEveryAddressUnlessTold() {
        assertThat(intent(VyosVersion.V1_3, "set interfaces ethernet eth1 address 10.0.1.1/24").ssh()).isEmpty();
        Intent.Ssh everywhere = intent(VyosVersion.V1_3, "set service ssh").ssh().orElseThrow();
        assertThat(everywhere.ports()).containsExactly(22);
        assertThat(everywhere.listenAddresses()).isEmpty();
        Intent.Ssh bound = intent(VyosVersion.V1_3, "set interfaces ethernet eth1 address 10.0.1.1/24",
                "set service ssh port 2222", "set service ssh listen-address 10.0.1.1").ssh().orElseThrow();
        assertThat(bound.ports()).containsExactly(2222);
        assertThat(bound.listenAddresses()).extracting(java.net.InetAddress::getHostAddress).containsExactly("10.0.1.1");
    }

    @Test
    void ddnsServiceNamesMapToDdclientProtocolsOn13() {
        String base = "set service dns dynamic interface eth0 service ";
        Intent i = intent(VyosVersion.V1_3, "set interfaces ethernet eth0 address dhcp",
                base + "dyndns host-name a.example.com", base + "dyndns login u", base + "dyndns password p",
                // the map wins over a configured protocol (vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py get_config())
                base + "dyndns protocol noip",
                base + "afraid host-name b.example.com", base + "afraid login u", base + "afraid password p",
                base + "mine host-name c.example.com", base + "mine login u", base + "mine password p",
                base + "mine protocol namecheap", base + "mine server dyn.example.com");
        assertThat(i.dynamicDns()).extracting(Intent.DynamicDns::service, d -> d.protocol().orElse("?"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("dyndns", "dyndns2"),
                        org.assertj.core.groups.Tuple.tuple("afraid", "freedns"),
                        org.assertj.core.groups.Tuple.tuple("mine", "namecheap"));
    }
}
