package dev.vyoslab.isp;

import dev.vyoslab.config.Eui64;
import com.github.dockerjava.api.model.Network;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabContainer;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.MicroVm;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole ISP side started in parallel, timed, and proved isolated by inspection only (no probe is sent anywhere):
 * every network internal, every QEMU user network restricted, and no routing table of any node or guest with a next
 * hop outside the lab (the host's bridge addresses included).
 */
class IspIsolationIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.isolation");
    private static final Pattern VIA = Pattern.compile("\\bvia (?:inet6? )?([0-9a-fA-F:.]+)");

    private static Lab lab;
    private static final List<Segment> segments = new ArrayList<>();
    private static final List<LabContainer<?>> nodes = new ArrayList<>();
    private static long startMillis;

    @BeforeAll
    static void start() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan");
        Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
        segments.addAll(List.of(mgmt, wan, internet));
        nodes.add(lab.add(new Ngn(wan)));
        nodes.add(lab.add(new Aftr(mgmt, wan, internet).withB4(Eui64.address(IspAddresses.NGN_PREFIX, "02:00:00:00:b4:01"))));
        nodes.add(lab.add(new PppoeBras(mgmt, wan, internet).withAccount("user", "secret")));
        nodes.add(lab.add(new WhoamiHost(internet)));
        nodes.add(lab.add(new LabDns(internet).withWan(wan)));
        nodes.add(lab.add(new DnsApiMock(internet).withZone("foo.com")));
        long t0 = System.nanoTime();
        lab.start();
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        LOG.info("whole ISP side (NGN, AFTR, BRAS, whoami, DNS, DNS API) up in parallel in {} ms", startMillis);
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void wholeIspSideStartsInParallel() {
        // an absolute limit would measure the machine's load; in parallel, the whole takes less than its parts
        long sum = nodes.stream().mapToLong(LabContainer::startMillis).sum();
        LOG.info("ISP side: {} ms in parallel, {} ms for its nodes one after another", startMillis, sum);
        assertThat(startMillis).as("ms to start the whole ISP side vs the sum of its nodes' start times (log)")
                .isLessThan(sum * 3 / 4);
    }

    @Test
    void everySegmentIsAnInternalNetwork() {
        for (Segment s : segments) {
            Network n = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(s.network().getId()).exec();
            assertThat(n.getInternal()).as("segment %s is internal", s.name()).isTrue();
        }
    }

    @Test
    void everyQemuUserNetworkIsRestricted() throws Exception {
        for (LabContainer<?> node : nodes) {
            if (node instanceof MicroVm<?> vm) {
                String cmdline = vm.execInContainer("cat", "/proc/1/cmdline").getStdout().replace('\0', ' ');
                assertThat(cmdline).as("QEMU command line of %s", vm.name()).contains("-netdev user,");
                for (String netdev : cmdline.split(" -netdev ")) {
                    if (netdev.startsWith("user,")) {
                        assertThat(netdev.split(" ")[0]).as("user netdev of %s", vm.name()).contains("restrict=on");
                    }
                }
            }
        }
    }

    @Test
    void noRoutingTableHasANextHopOutsideTheLab() throws Exception {
        List<InetAddress> hostBridges = new ArrayList<>();
        List<Prefix> lab = new ArrayList<>(List.of(IspAddresses.prefix("fe80::/10"), IspAddresses.prefix("10.0.2.0/24")));
        for (Segment s : segments) {
            lab.add(s.ipv4());
            Network n = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(s.network().getId()).exec();
            n.getIpam().getConfig().stream().filter(c -> c.getGateway() != null)
                    .forEach(c -> hostBridges.add(IspAddresses.address(c.getGateway())));
        }
        String show = "ip -4 route show table all; ip -6 route show table all";
        for (LabContainer<?> node : nodes) {
            List<String> tables = new ArrayList<>();
            tables.add("container " + node.name() + "\n" + node.execInContainer("sh", "-c", show).getStdout());
            if (node instanceof MicroVm<?>) {
                tables.add("guest " + node.name() + "\n" + node.exec(show).orThrow().stdout());
            }
            for (String table : tables) {
                for (String route : table.lines().skip(1).toList()) {
                    Matcher via = VIA.matcher(route);
                    if (via.find()) {
                        InetAddress hop = IspAddresses.address(via.group(1));
                        assertThat(hostBridges).as("next hop of '%s' (%s) is a host bridge", route, table.lines().findFirst().get())
                                .doesNotContain(hop);
                        assertThat(lab.stream().anyMatch(p -> p.contains(hop)))
                                .as("next hop of '%s' (%s) is inside the lab %s", route, table.lines().findFirst().get(), lab)
                                .isTrue();
                    } else if (route.startsWith("default") || route.startsWith("unicast default")) {
                        assertThat(route).as("a default route without a next hop (%s) must lead into a softwire",
                                table.lines().findFirst().get()).contains("encap ip6").contains("dev dslite");
                    }
                }
            }
        }
    }
}
