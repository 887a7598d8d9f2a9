package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots the reference router alone on its WAN and LAN segments (no ISP peers: PPPoE keeps retrying), applies the
 * corrected seed and checks the applied state over SSH, idempotent re-apply and replacement by a changed config.
 */
class ReferenceRouterIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.refrouter");
    private static final String SNAPSHOT = "nft list ruleset; echo ---; ip rule; echo ---; ip -4 route show table all;"
            + " echo ---; ip -6 route show table all | grep -v -e expires -e 'proto ra'; echo ---; ip -br addr";

    static Lab lab;
    static ReferenceRouter router;
    static VyosConfig seed = VyosConfig.parse(Path.of("examples/seed/corrected.conf"));

    @BeforeAll
    static void boot() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan");
        Segment lan = lab.segment("lan");
        router = lab.add(new ReferenceRouter("router", mgmt).withWan(wan, ReferenceRouter.DEFAULT_WAN_MAC)
                .withLan(lan, ReferenceRouter.DEFAULT_LAN_MAC));
        long t0 = System.nanoTime();
        lab.start();
        router.boot();
        assertThat(router.apply(seed)).as("diagnostics applying the corrected seed").isEmpty();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOG.info("apply section timings (guest uptime): {}", sh("cat /run/vyoslab/timing").replace('\n', ' '));
        LOG.info("boot-to-applied-config: {} ms (lab start + boot + apply; guest boot {} ms)", ms, router.bootMillis());
    }

    @AfterAll
    static void close() {
        if (router != null) {
            router.saveArtifacts(Path.of("target/it-artifacts/refrouter"));
        }
        if (lab != null) {
            lab.close();
        }
    }

    private static String sh(String cmd) {
        return router.exec(cmd).orThrow().stdout();
    }

    @Test
    void seedIsRealisedInTheGuest() {
        assertThat(sh("nft list ruleset")).as("nft ruleset")
                .contains("dnat to 10.0.1.100:19132", "oifname \"tun0\" ip saddr 10.0.1.0/24 masquerade",
                        "meta mark set 0x80000063", "maxseg size set 1414", "jump NAME_WAN_IN", "jump NAME_WAN_LOCAL");
        assertThat(sh("ip rule")).as("ip rule").contains("fwmark 0x80000063 lookup 100");
        assertThat(sh("ip route show table main")).as("main table").contains("default dev tun0 proto static");
        assertThat(sh("ip -d link show tun0")).as("tunnel").contains("ip6tnl ipip6", "remote 2001:db8:ffff::1",
                "local 2001:db8:1:1:5054:ff:fe12:3456", "encaplimit 4", "hoplimit 64", "tclass inherit",
                "flowlabel inherit", " mtu 1476 ");
        assertThat(sh("ip -6 addr show dev eth0")).as("SLAAC-ready WAN").contains("fe80::5054:ff:fe12:3456");
        assertThat(sh("cat /proc/sys/net/ipv6/conf/eth0/forwarding /proc/sys/net/ipv6/conf/eth0/accept_ra"))
                .as("eth0 forwarding, accept_ra").isEqualTo("0\n2\n");
        assertThat(sh("cat /proc/sys/net/ipv6/conf/eth1/accept_ra /proc/sys/net/ipv6/conf/eth1/autoconf"))
                .as("eth1 accept_ra, autoconf (no autoconf configured there)").isEqualTo("1\n0\n");
        assertThat(sh("pgrep -a dhcpd")).as("dhcpd").contains("eth1");
        assertThat(router.state().iface("eth1").orElseThrow().addresses()).contains("10.0.1.254/24");
        // no BRAS here: pppd keeps running and sends PADIs again and again
        assertThat(sh("pgrep -a pppd")).as("pppd").contains("call pppoe0");
        Awaitility.await("pppd retries discovery").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(sh("cat /var/log/ppp-pppoe0.log 2>/dev/null; true"))
                        .as("pppd log").contains("Timeout waiting for PADO"));
        assertThat(sh("pgrep -a pppd")).as("pppd after a failed discovery").contains("call pppoe0");
        assertThat(sh("cat /etc/ppp/peers/pppoe0")).contains("mtu 1454", "plugin rp-pppoe.so eth0");
    }

    @Test
    void reapplyingTheSameConfigChangesNothingAndAChangedConfigReplacesIt() throws java.io.IOException {
        String before = sh(SNAPSHOT);
        String pppdPid = sh("head -n1 /run/ppp-pppoe0.pid");
        String dhcpdPid = sh("cat /run/vyoslab/dhcpd.pid");
        assertThat(router.apply(seed)).isEmpty();
        assertThat(sh(SNAPSHOT)).as("state after the same config again").isEqualTo(before);
        assertThat(sh("head -n1 /run/ppp-pppoe0.pid")).as("pppd pid").isEqualTo(pppdPid);
        assertThat(sh("cat /run/vyoslab/dhcpd.pid")).as("dhcpd pid").isEqualTo(dhcpdPid);

        String changedText = java.nio.file.Files.readString(Path.of("examples/seed/corrected.conf"))
                .replace("set nat destination rule 100 destination port 19132", "set nat destination rule 100 destination port 25565")
                .replace("set protocols static table 100 interface-route 0.0.0.0/0 next-hop-interface pppoe0",
                        "set protocols static table 101 interface-route 0.0.0.0/0 next-hop-interface pppoe0")
                .replace("rule 10 set table 100", "rule 10 set table 101")
                .replace("range dhcp1-subnet stop 10.0.1.190", "range dhcp1-subnet stop 10.0.1.180");
        VyosConfig changed = VyosConfig.parse("changed.conf", changedText);
        assertThat(router.apply(changed)).isEmpty();
        String nft = sh("nft list ruleset");
        assertThat(nft).contains("udp dport 25565", "0x80000064").doesNotContain("19132 dnat", "0x80000063");
        assertThat(sh("ip rule")).contains("lookup 101").doesNotContain("lookup 100");
        assertThat(sh("cat /run/vyoslab/dhcpd.conf")).contains("range 10.0.1.110 10.0.1.180;");
        assertThat(sh("cat /run/vyoslab/dhcpd.pid")).as("dhcpd restarted for its changed config").isNotEqualTo(dhcpdPid);
        assertThat(sh("head -n1 /run/ppp-pppoe0.pid")).as("pppd untouched (its config did not change)").isEqualTo(pppdPid);

        assertThat(router.apply(seed)).isEmpty();
        assertThat(sh(SNAPSHOT)).as("state after returning to the seed").isEqualTo(before);
    }
}
