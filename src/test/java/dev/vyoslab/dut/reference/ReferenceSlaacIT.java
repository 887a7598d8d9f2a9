package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.Ngn;
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
 * The reference router's WAN against the NGN, as VyOS 1.3.4 treats it (python/vyos/ifconfig/interface.py update()):
 * without {@code ipv6 address autoconf} the port takes the router advertisement ({@code address dhcpv6} means
 * accept_ra 2) but forms no SLAAC address; with it, it forms the seed's tunnel source. Stateless DHCPv6 runs
 * information-only and leaves resolv.conf alone.
 */
class ReferenceSlaacIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.refslaac");
    private static final Duration RA_WAIT = Duration.ofSeconds(60);
    private static final String SEED_PREFIX = "2001:db8:1:1::/64";
    private static final String SEED_SLAAC = "2001:db8:1:1:5054:ff:fe12:3456";

    static Lab lab;
    static ReferenceRouter router;

    @BeforeAll
    static void boot() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan");
        Segment lan = lab.segment("lan");
        Ngn ngn = lab.add(new Ngn(wan).withPrefix(Prefix.parse(SEED_PREFIX).orElseThrow()));
        router = lab.add(new ReferenceRouter("router", mgmt).withWan(wan, ReferenceRouter.DEFAULT_WAN_MAC)
                .withLan(lan, ReferenceRouter.DEFAULT_LAN_MAC));
        router.dependsOnNode(ngn);
        lab.start();
        router.boot();
    }

    @AfterAll
    static void close() {
        if (router != null) {
            router.saveArtifacts(Path.of("target/it-artifacts/refslaac"));
        }
        if (lab != null) {
            lab.close();
        }
    }

    private static String sh(String cmd) {
        return router.exec(cmd).orThrow().stdout();
    }

    @Test
    void withoutAutoconfTheWanFormsNoSlaacAddressWithItTheSeedsSource() {
        VyosConfig without = VyosConfig.parse("no-autoconf.conf",
                Seed.text().replace("set interfaces ethernet eth0 ipv6 address autoconf\n", ""));
        assertThat(without.hasErrors()).as("%s", without.diagnostics()).isFalse();
        assertThat(router.apply(without)).as("diagnostics applying no-autoconf.conf").isEmpty();
        assertThat(sh("cat /proc/sys/net/ipv6/conf/eth0/accept_ra /proc/sys/net/ipv6/conf/eth0/autoconf"))
                .as("eth0 accept_ra, autoconf").isEqualTo("2\n0\n");

        long t0 = System.nanoTime();
        // the RA arrived and was taken: its prefix is on-link (a route that expires) ...
        Awaitility.await("the NGN's RA taken on eth0").atMost(RA_WAIT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(sh("ip -6 route show " + SEED_PREFIX + " dev eth0"))
                        .as("route to the NGN's prefix").contains("expires"));
        LOG.info("RA taken {} ms after the apply", (System.nanoTime() - t0) / 1_000_000);
        // ... and yet no address in it
        assertThat(sh("ip -6 -o addr show dev eth0 scope global")).as("global addresses on eth0 without autoconf")
                .doesNotContain("2001:db8:1:1:");
        // dhclient -S asks once (answered within a second here, while the RA took seconds) and exits; its pid file stays
        assertThat(sh("cat /run/vyoslab/dhclient6.eth0.pid")).as("stateless DHCPv6 client's pid file").isNotBlank();
        assertThat(sh("cat /etc/resolv.conf 2>/dev/null; true")).as("resolv.conf after stateless DHCPv6")
                .doesNotContain(IspAddresses.literal(IspAddresses.LAB_DNS_IPV6));

        assertThat(router.apply(Seed.config())).as("diagnostics applying the corrected seed").isEmpty();
        long t1 = System.nanoTime();
        Awaitility.await("SLAAC address " + SEED_SLAAC).atMost(RA_WAIT).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(sh("ip -6 -o addr show dev eth0 scope global"))
                        .as("global addresses on eth0 with autoconf").contains(SEED_SLAAC + "/64"));
        LOG.info("SLAAC address formed {} ms after the apply with autoconf", (System.nanoTime() - t1) / 1_000_000);
    }
}
