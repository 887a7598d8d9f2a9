package dev.vyoslab.lan;

import dev.vyoslab.check.Await;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.ClientVm;
import dev.vyoslab.isp.SeenSource;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LAN hosts against a plain guest standing in for the router at 10.0.1.254: the DHCP client gets a lease from
 * Debian's dhcpd there and renews it; the published server answers a Bedrock ping and echoes other ports.
 */
class LanHostsIT {

    private static final Prefix LAN = Prefix.parse("10.0.1.0/24").orElseThrow();
    private static final int EXTRA_UDP = 27015;
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static Lab lab;
    private static ClientVm router;
    private static DhcpClientHost dhcpClient;
    private static PublishedServer server;

    @BeforeAll
    static void start() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment lan = lab.segment("lan", LAN, null);
        lan.reserve(LanAddresses.ROUTER);
        router = lab.add(new ClientVm("router", mgmt).withNic(lan, "02:00:00:00:1a:01")
                .withSetup("ip addr add " + LanAddresses.ROUTER.getHostAddress() + "/24 dev eth0")
                .withSetup("cat > /run/dhcpd.conf <<'EOF'\nauthoritative;\nsubnet 10.0.1.0 netmask 255.255.255.0 {\n"
                        + "  range 10.0.1.50 10.0.1.60;\n  option routers 10.0.1.254;\n"
                        + "  option domain-name-servers 10.0.1.254;\n  default-lease-time 600;\n}\nEOF")
                .withSetup("mkdir -p /var/lib/dhcp && touch /var/lib/dhcp/dhcpd.leases")
                .withSetup("dhcpd -4 -q -cf /run/dhcpd.conf -pf /run/dhcpd.pid eth0"));
        dhcpClient = lab.add(new DhcpClientHost("pc", lan));
        server = lab.add(new PublishedServer(lan).withUdpPort(EXTRA_UDP));
        dhcpClient.dependsOnNode(router);
        lab.start();
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void dhcpClientGetsAndRenewsALeaseFromDebiansDhcpd() throws Exception {
        DhcpLease lease = awaitLease();
        int host = lease.address().getAddress()[3] & 0xff;
        assertThat(host).as("leased host number of %s", lease.address()).isBetween(50, 60);
        assertThat(lease.router()).as("router in the lease").contains(LanAddresses.ROUTER);
        assertThat(lease.dnsServers()).as("DNS servers in the lease").containsExactly(LanAddresses.ROUTER);
        // dhclient records the lease, then its script configures the interface: await the address, do not assume it
        Await.until("leased address " + lease.address().getHostAddress() + " on " + dhcpClient.name(), WAIT, nodes(),
                () -> assertThat(dhcpClient.currentAddress()).as("address on the client's interface")
                        .contains(lease.address().getHostAddress()));
        dhcpClient.renew();
        Await.until("lease renewed", WAIT, nodes(), () -> assertThat(
                dhcpClient.exec("grep -c 'lease {' /var/lib/dhcp/dhclient.leases").stdout().strip())
                .as("leases recorded").isNotEqualTo("1"));
        assertThat(awaitLease().address()).as("address after renewing").isEqualTo(lease.address());
    }

    /** The DHCP client and the guest serving it, for {@link Await}'s fail-fast and evidence. */
    private static List<ProbeHost> nodes() {
        return List.of(ProbeHost.of(dhcpClient), router.probeHost());
    }

    private static DhcpLease awaitLease() {
        AtomicReference<DhcpLease> lease = new AtomicReference<>();
        Await.until("DHCP lease of " + dhcpClient.name(), WAIT, nodes(), () -> {
            Optional<DhcpLease> l = dhcpClient.lease();
            assertThat(l).as("lease in dhclient's lease file").isPresent();
            lease.set(l.get());
        });
        return lease.get();
    }

    @Test
    void publishedServerAnswersABedrockPing() {
        // an unconnected ping: id 0x01, 8-byte time, RakNet's magic, 8-byte client GUID
        String ping = "\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x2a"
                + "\\x00\\xff\\xff\\x00\\xfe\\xfe\\xfe\\xfe\\xfd\\xfd\\xfd\\xfd\\x12\\x34\\x56\\x78"
                + "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01";
        String out = router.awaitReply("Bedrock ping to the published server", "printf '" + ping + "' | socat -T 3 - UDP:"
                + server.address().getHostAddress() + ":" + LanAddresses.BEDROCK_PORT + " > /run/pong && test -s /run/pong"
                + " && head -c1 /run/pong | od -An -tx1 && tail -c +36 /run/pong", WAIT).stdout();
        assertThat(out).as("pong (first byte, then the status string)").startsWith(" 1c").contains("MCPE;");
    }

    @Test
    void publishedServerEchoesTheSourceOnOtherPorts() {
        String reply = router.awaitReply("UDP to the extra port", "echo hi | socat -T 3 - UDP:"
                + server.address().getHostAddress() + ":" + EXTRA_UDP, WAIT).stdout();
        InetAddress seen = SeenSource.parse(reply).address();
        assertThat(seen).as("source the server saw").isEqualTo(LanAddresses.ROUTER);
    }
}
