package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** pppd peers, dhcpd.conf and ddclient.conf for the corrected seed. */
class DaemonConfTest {

    @Test
    void pppdPeersFileAsVyos13() {
        String peers = new PppdOptions(Seed.intent().pppoe().get(0)).render();
        assertThat(peers).contains("plugin rp-pppoe.so eth0\n", "persist\n", "maxfail 0\n", "ifname pppoe0\n",
                "mtu 1454\nmru 1454\n", "user \"user@example.jp\"\n", "password \"lab-pppoe-secret\"\n",
                "nodefaultroute\n", "hide-password\n");
    }

    @Test
    void pppdMtuDefaultsTo1492() {
        // vyos-1x@1.3.4 interfaces-pppoe.xml.in: mtu and mru both default to 1492; peer.tmpl writes both
        String text = Seed.text().replace("set interfaces pppoe pppoe0 mtu 1454\n", "")
                .replace("set interfaces pppoe pppoe0 mru 1454\n", "");
        var p = dev.vyoslab.config.VyosConfig.parse("v.conf", text).intent().pppoe().get(0);
        assertThat(new PppdOptions(p).render()).contains("mtu 1492\nmru 1492\n");
        String mruOnly = Seed.text().replace("set interfaces pppoe pppoe0 mru 1454\n", "set interfaces pppoe pppoe0 mru 1400\n");
        var q = dev.vyoslab.config.VyosConfig.parse("v.conf", mruOnly).intent().pppoe().get(0);
        assertThat(new PppdOptions(q).render()).contains("mtu 1454\nmru 1400\n");
    }

    @Test
    void dhcpdConfHasTheSharedNetworkSubnetAndRange() {
        assertThat(new DhcpdConf(Seed.intent().dhcpPools()).render()).endsWith("""
                shared-network HOME-DHCP {
                    subnet 10.0.1.0 netmask 255.255.255.0 {
                        option domain-name-servers 192.0.2.53;
                        option routers 10.0.1.254;
                        default-lease-time 86400;
                        max-lease-time 86400;
                        range 10.0.1.110 10.0.1.190;
                    }
                }
                """);
        assertThat(DhcpdConf.netmask(23)).isEqualTo("255.255.254.0");
    }

    @Test
    void ddclientReadsThePppoeAddressAndUpdatesCloudflare() {
        assertThat(new DdclientConf(Seed.intent().dynamicDns(), "/run/vyoslab").render()).contains(
                "use=if, if=pppoe0\n", "protocol=cloudflare, \\\n", "zone=example.com, \\\n",
                "login=admin@example.com, \\\n", "password='lab-cloudflare-api-key' \\\nbar.example.com\n",
                "pid=/run/vyoslab/ddclient.pid\n");
    }

    @Test
    void dhcpdUsesTheSubnetsLease() {
        var pools = dev.vyoslab.config.VyosConfig.parse("v.conf", Seed.text()
                + "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 lease 3600\n")
                .intent().dhcpPools();
        assertThat(new DhcpdConf(pools).render()).contains("default-lease-time 3600;\n", "max-lease-time 3600;\n");
    }

    @Test
    void ddclientGetsVyosProtocolForTheServiceName() {
        // vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py: service 'dyndns' is protocol dyndns2, whatever 'protocol' says
        String s = "set service dns dynamic interface pppoe0 service dyndns ";
        var c = dev.vyoslab.config.VyosConfig.parse("v.conf", Seed.text() + s + "host-name h.example.net\n" + s
                + "login u\n" + s + "password p\n" + s + "protocol noip\n");
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        assertThat(new DdclientConf(c.intent().dynamicDns(), "/run/vyoslab").render())
                .contains("# dyndns on pppoe0\nuse=if, if=pppoe0\nprotocol=dyndns2, \\\n", "protocol=cloudflare, \\\n")
                .doesNotContain("protocol=noip", "protocol=dyndns,");
    }
}
