package dev.vyoslab.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.check.Await;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabCleaner;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.DockerClientFactory;

/**
 * The substrate end to end: two segments, a microVM on both, a plain container on each, SSH into the guest, and a
 * real PPPoE session between two microVMs across the tc-mirred wiring (layer 2). Then: nothing of the run is left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicroVmLabIT {

    private static final Prefix A4 = Prefix.parse("198.51.100.0/24").orElseThrow();
    private static final Prefix A6 = Prefix.parse("2001:db8:a::/64").orElseThrow();
    private static final Prefix B4 = Prefix.parse("192.0.2.0/24").orElseThrow();
    private static final Prefix B6 = Prefix.parse("2001:db8:b::/64").orElseThrow();

    private static Lab lab;
    private static GuestVm router;
    private static GuestVm dialer;
    private static TestHost hostA;
    private static TestHost hostB;
    private static long labUpMs;

    @BeforeAll
    static void startLab() throws Exception {
        long t0 = System.nanoTime();
        GuestImage.get();
        System.out.printf("[measure] microVM image ready in %d ms (cold build logs 'built in', warm 'is cached')%n",
                (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment a = lab.segment("a", A4, A6);
        Segment b = lab.segment("b", B4, B6);
        // the BRAS address range must stay free on segment b, as the PPPoE session uses 203.0.113.0/24 inside PPP
        router = lab.add(new GuestVm("router", mgmt)
                .withGuestNic(a, "52:54:00:00:0a:01")
                .withGuestNic(b, "52:54:00:00:0b:01")
                .withBootScript(String.join("\n",
                        "ip addr add 198.51.100.10/24 dev eth0",
                        "ip addr add 2001:db8:a::10/64 dev eth0 nodad",
                        "ip addr add 192.0.2.10/24 dev eth1",
                        "ip addr add 2001:db8:b::10/64 dev eth1 nodad",
                        "echo 'lab * labpass *' > /etc/ppp/pap-secrets",
                        "printf 'require-pap\\nmtu 1454\\nmru 1454\\nlcp-restart 1\\n' > /etc/ppp/pppoe-server-options",
                        "modprobe ppp_async",
                        "pppoe-server -I eth1 -L 203.0.113.1 -R 203.0.113.10 -N 1")));
        dialer = lab.add(new GuestVm("dialer", mgmt)
                .withGuestNic(b, "52:54:00:00:0b:02")
                .dependsOnNode(router)
                .withBootScript("pppd plugin rp-pppoe.so nic-eth0 user lab password labpass noauth nodefaultroute"
                        + " persist maxfail 0 holdoff 1 lcp-restart 1 mtu 1454 mru 1454"));
        hostA = lab.add(new TestHost("host-a").withSegment(a, InetAddress.getByName("198.51.100.20"),
                InetAddress.getByName("2001:db8:a::20")));
        hostB = lab.add(new TestHost("host-b").withSegment(b, InetAddress.getByName("192.0.2.20"),
                InetAddress.getByName("2001:db8:b::20")));
        lab.start();
        labUpMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[measure] lab up in %d ms (2 microVMs, 2 containers, %s); guest uptime at ready: router %.1f s,"
                + " dialer %.1f s%n", labUpMs, Accelerator.detect(), router.guestUptimeAtReady(),
                dialer.guestUptimeAtReady());
    }

    @AfterAll
    static void tearDown() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void containersReachTheGuestOverIpv4AndIpv6() {
        assertThat(hostA.exec("ping -c1 -W2 198.51.100.10").exitCode()).as("host-a pings guest over IPv4").isZero();
        assertThat(hostA.exec("ping -c1 -W2 2001:db8:a::10").exitCode()).as("host-a pings guest over IPv6").isZero();
        assertThat(hostB.exec("ping -c1 -W2 192.0.2.10").exitCode()).as("host-b pings guest over IPv4").isZero();
        assertThat(hostB.exec("ping -c1 -W2 2001:db8:b::10").exitCode()).as("host-b pings guest over IPv6").isZero();
        assertThat(hostA.exec("ping -c1 -W2 198.51.100.11").exitCode()).as("an address nobody holds").isNotZero();
    }

    @Test
    @Order(2)
    void sshRunsCommandsInTheGuestWithTheirExitCodes() {
        long t0 = System.nanoTime();
        CommandResult ok = router.exec("ip -br link show eth0; cat /sys/class/net/eth0/address");
        System.out.printf("[measure] first SSH command %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.stdout()).contains("52:54:00:00:0a:01");
        CommandResult fail = router.exec("echo oops >&2; exit 7");
        assertThat(fail.exitCode()).isEqualTo(7);
        assertThat(fail.stderr()).contains("oops");
        assertThatThrownBy(fail::orThrow).hasMessageContaining("exit 7").hasMessageContaining("exited 7")
                .hasMessageContaining("router");
    }

    @Test
    @Order(3)
    void pppoeSessionCrossesTheMirredWiring() {
        Await.until("IPCP address 203.0.113.10 on the dialer's ppp0", Duration.ofSeconds(60),
                List.of(ProbeHost.of(dialer, dialer.consoleLog())),
                () -> assertThat(dialer.exec("ip -br addr show ppp0").stdout()).as("ppp0 on dialer")
                        .contains("203.0.113.10"));
        assertThat(dialer.exec("cat /sys/class/net/ppp0/mtu").stdout().strip()).isEqualTo("1454");
        assertThat(dialer.exec("ping -c1 -W3 203.0.113.1").exitCode()).as("ping across the PPP link").isZero();
    }

    @Test
    @Order(4)
    void serialConsoleOffersALoginAndAShell() {
        var console = router.console();
        console.sendLine("");
        console.await(java.util.regex.Pattern.compile("login: "), Duration.ofSeconds(20));
        console.sendLine("root");
        console.await(java.util.regex.Pattern.compile("Password: "), Duration.ofSeconds(10));
        console.sendLine("vyoslab");
        console.await(java.util.regex.Pattern.compile("root@router:~# "), Duration.ofSeconds(20));
        console.sendLine("echo console-$((6*7)); exit");
        assertThat(console.await(java.util.regex.Pattern.compile("console-(\\d+)"), Duration.ofSeconds(10)).group(1))
                .isEqualTo("42");
    }

    @Test
    @Order(5)
    void memoryPerMicroVmIsMeasured() {
        for (GuestVm vm : new GuestVm[] {router, dialer}) {
            var stats = DockerClientFactory.instance().client().statsCmd(vm.getContainerId()).withNoStream(true)
                    .exec(new org.testcontainers.shaded.com.github.dockerjava.core.InvocationBuilder.AsyncResultCallback<>())
                    .awaitResult();
            long bytes = stats.getMemoryStats().getUsage();
            System.out.printf("[measure] %s container memory %d MiB%n", vm.name(), bytes / (1024 * 1024));
            assertThat(bytes).isPositive();
        }
    }

    @Test
    @Order(6)
    void closingTheLabLeavesNothingBehind() {
        String runId = lab.runId();
        Path workDir = lab.workDir();
        lab.close();
        assertThat(LabCleaner.leftovers(runId)).as("containers and networks of run " + runId).isEmpty();
        assertThat(Files.exists(workDir)).as("temporary directory " + workDir).isFalse();
    }

    @Test
    @Order(7)
    void aFailedStartLeavesNothingBehind() {
        Lab failing = Lab.create();
        Segment mgmt = failing.segment("mgmt");
        Segment a = failing.segment("a");
        failing.add(new GuestVm("broken", mgmt).withGuestNic(a, "52:54:00:00:0c:01").withBootScript("exit 3"));
        failing.add(new TestHost("bystander").withSegment(a));
        assertThatThrownBy(failing::start).isInstanceOf(LabException.class).hasMessageContaining("broken")
                .hasMessageContaining("boot script failed");
        assertThat(LabCleaner.leftovers(failing.runId())).isEmpty();
        assertThat(Files.exists(failing.workDir())).isFalse();
    }
}
