package dev.vyoslab.isp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Await;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabCleaner;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.lan.LanAddresses;
import dev.vyoslab.lan.PublishedServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two labs with the same lab subnets (the Internet's documentation range, LAN 10.0.1.0/24) started at the same
 * moment from two threads: each works by lab address, container to container and microVM to container, and neither
 * leaves anything behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParallelLabsIT {

    private static final Prefix LAN = Prefix.parse("10.0.1.0/24").orElseThrow();
    private static final InetAddress CLIENT = IspAddresses.address("198.51.100.100");
    private static final int SERVER_PORT = 8080;
    private static final Duration WAIT = Duration.ofSeconds(40);

    /** One lab: whoami and the resolver on the Internet, a guest on the Internet and the LAN, a LAN server. */
    private record Pair(Lab lab, Segment internet, WhoamiHost whoami, LabDns dns, ClientVm client,
                        PublishedServer server) {

        static Pair declare() {
            Lab lab = Lab.create();
            Segment mgmt = lab.segment("mgmt");
            Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
            Segment lan = lab.segment("lan", LAN, null);
            internet.reserve(CLIENT);
            lan.reserve(LanAddresses.ROUTER);
            WhoamiHost whoami = lab.add(new WhoamiHost(internet));
            LabDns dns = lab.add(new LabDns(internet));
            ClientVm client = lab.add(new ClientVm("client", mgmt)
                    .withNic(internet, "02:00:00:00:c1:03").withNic(lan, "02:00:00:00:1a:01")
                    .withSetup("ip addr add " + CLIENT.getHostAddress() + "/24 dev eth0")
                    .withSetup("ip addr add " + LanAddresses.ROUTER.getHostAddress() + "/24 dev eth1"));
            PublishedServer server = lab.add(new PublishedServer(lan).withTcpPort(SERVER_PORT));
            return new Pair(lab, internet, whoami, dns, client, server);
        }
    }

    private static Pair one;
    private static Pair two;

    @BeforeAll
    static void startBothAtOnce() {
        one = Pair.declare();
        two = Pair.declare();
        CyclicBarrier together = new CyclicBarrier(2);
        long t0 = System.nanoTime();
        CompletableFuture<?>[] starts = List.of(one, two).stream().map(p -> CompletableFuture.runAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            p.lab().start();
        })).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(starts).join();
        System.out.printf("[measure] two labs up in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        for (Pair p : new Pair[] {one, two}) {
            if (p != null) {
                p.lab().close();
            }
        }
    }

    @Test
    @Order(1)
    void theLabsShareLabSubnetsButNotDockerSubnets() {
        assertThat(one.internet().ipv4()).isEqualTo(two.internet().ipv4()).isEqualTo(IspAddresses.INTERNET);
        assertThat(one.internet().dockerIpv4()).as("Docker subnets of the two Internet segments")
                .isNotEqualTo(two.internet().dockerIpv4());
        for (Pair p : new Pair[] {one, two}) {
            String addrs = p.whoami().exec("ip -4 -o addr show dev internet").orThrow().stdout();
            assertThat(addrs).as("whoami's Internet interface in lab %s", p.lab().runId())
                    .contains(" " + IspAddresses.WHOAMI.getHostAddress() + "/24")
                    .doesNotContain(" 172.");
        }
    }

    @Test
    @Order(2)
    void aContainerReachesAnotherByLabAddressInEachLab() {
        for (Pair p : new Pair[] {one, two}) {
            Await.until("dns reaches whoami by lab address in lab " + p.lab().runId(), WAIT,
                    List.of(ProbeHost.of(p.dns()), ProbeHost.of(p.whoami())), () -> {
                        var r = p.dns().exec("socat -T 3 - TCP:" + IspAddresses.WHOAMI.getHostAddress() + ":"
                                + WhoamiHost.TCP_PORT + " </dev/null");
                        assertThat(r.exitCode()).as("`%s` exit (%s)", r.command(), r.tail(3)).isZero();
                        assertThat(SeenSource.parse(r.stdout()).address()).as("source whoami saw")
                                .isEqualTo(IspAddresses.LAB_DNS);
                    });
        }
    }

    @Test
    @Order(3)
    void aMicroVmReachesContainersOnBothSegmentsByLabAddressInEachLab() {
        for (Pair p : new Pair[] {one, two}) {
            String seen = p.client().awaitSuccess("client to whoami in lab " + p.lab().runId(), "socat -T 3 - TCP:"
                    + IspAddresses.WHOAMI.getHostAddress() + ":" + WhoamiHost.TCP_PORT + " </dev/null", WAIT).stdout();
            assertThat(SeenSource.parse(seen).address()).as("source whoami saw ('%s')", seen.strip()).isEqualTo(CLIENT);
            String echoed = p.client().awaitSuccess("client to the LAN server in lab " + p.lab().runId(),
                    "socat -T 3 - TCP:" + LanAddresses.PUBLISHED_SERVER.getHostAddress() + ":" + SERVER_PORT
                            + " </dev/null", WAIT).stdout();
            assertThat(SeenSource.parse(echoed).address()).as("source the server saw ('%s')", echoed.strip())
                    .isEqualTo(LanAddresses.ROUTER);
        }
    }

    @Test
    @Order(4)
    void closingBothLeavesNothingOfEither() {
        for (Pair p : new Pair[] {one, two}) {
            p.lab().close();
            assertThat(LabCleaner.leftovers(p.lab().runId())).as("containers and networks of run %s",
                    p.lab().runId()).isEmpty();
            assertThat(Files.exists(p.lab().workDir())).as("temporary directory %s", p.lab().workDir()).isFalse();
        }
    }
}
