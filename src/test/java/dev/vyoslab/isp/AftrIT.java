package dev.vyoslab.isp;

import dev.vyoslab.config.Eui64;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AFTR against a plain client acting as B4: IPv4 in an ipip6 tunnel reaches the whoami host, which sees the
 * AFTR's public address; replies come back through the tunnel; the softwire can be taken down and up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AftrIT {

    private static final String B4_MAC = "02:00:00:00:b4:01";
    private static final InetAddress B4 = Eui64.address(IspAddresses.NGN_PREFIX, B4_MAC);
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static Lab lab;
    private static Aftr aftr;
    private static ClientVm b4;
    private static WhoamiHost whoami;

    @BeforeAll
    static void start() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan");
        Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
        lab.add(new Ngn(wan));
        aftr = lab.add(new Aftr(mgmt, wan, internet).withB4(B4));
        whoami = lab.add(new WhoamiHost(internet));
        b4 = lab.add(new ClientVm("b4", mgmt).withNic(wan, B4_MAC));
        lab.start();
        // the B4 side of DS-Lite, as a router's ipip6 tunnel interface would be
        b4.awaitSuccess("B4's SLAAC address", "ip -6 -o addr show dev eth0 | grep -F ' "
                + IspAddresses.literal(B4) + "/64 ' | grep -vq tentative", WAIT);
        b4.exec("modprobe ip6_tunnel && ip link add dslite type ip6tnl mode ipip6 local " + IspAddresses.literal(B4)
                + " remote " + IspAddresses.literal(aftr.tunnelAddress()) + " dev eth0 encaplimit none"
                + " && ip link set dslite mtu " + IspAddresses.DSLITE_MTU + " up"
                + " && ip addr add " + IspAddresses.B4_INNER.getHostAddress() + "/29 dev dslite"
                + " && ip route add " + IspAddresses.INTERNET + " dev dslite").orThrow();
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void tcpThroughTheSoftwireIsSeenFromTheAftrsPublicAddress() {
        String reply = b4.awaitSuccess("HTTP to whoami through the softwire",
                "curl -sS --max-time 5 " + whoami.url(), WAIT).stdout();
        assertThat(SeenSource.parse(reply).address()).as("source whoami saw over HTTP (reply '%s')", reply.strip())
                .isEqualTo(IspAddresses.AFTR_PUBLIC);
    }

    @Test
    @Order(2)
    void udpThroughTheSoftwireIsSeenFromTheAftrsPublicAddress() {
        String reply = b4.awaitReply("UDP to whoami through the softwire",
                "echo hi | socat -T 3 - UDP:" + whoami.address().getHostAddress() + ":" + WhoamiHost.UDP_PORT, WAIT)
                .stdout();
        assertThat(SeenSource.parse(reply).address()).as("source whoami saw over UDP").isEqualTo(IspAddresses.AFTR_PUBLIC);
    }

    @Test
    @Order(3)
    void softwireHasTheDsLiteMtu() {
        assertThat(aftr.exec("ip -o link show dslite").orThrow().stdout()).as("AFTR tunnel link")
                .contains("mtu " + IspAddresses.DSLITE_MTU);
        // a full-size inner packet (1460 bytes) crosses the softwire both ways, unfragmented
        b4.awaitSuccess("1460-byte ping through the softwire", "ping -c 1 -W 3 -M do -s "
                + (IspAddresses.DSLITE_MTU - 28) + " " + whoami.address().getHostAddress(), WAIT);
    }

    @Test
    @Order(4)
    void aStoppedTunnelCarriesNothingUntilRestarted() {
        aftr.stopTunnel();
        assertThat(b4.exec("curl -sS --max-time 3 " + whoami.url()).exitCode())
                .as("curl through a stopped softwire (exit code)").isNotZero();
        aftr.startTunnel();
        String reply = b4.awaitSuccess("HTTP after the softwire came back", "curl -sS --max-time 5 " + whoami.url(), WAIT)
                .stdout();
        assertThat(SeenSource.parse(reply).address()).isEqualTo(IspAddresses.AFTR_PUBLIC);
    }
}
