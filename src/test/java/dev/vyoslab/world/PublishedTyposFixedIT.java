package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.CheckRunner;
import dev.vyoslab.check.Connect;
import dev.vyoslab.check.LabView;
import dev.vyoslab.check.PacketCapture;
import dev.vyoslab.check.Port;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published seed with only its typos fixed (examples/seed/typos-fixed.conf): policy route PBR sends the server's
 * packets to table 100, which is empty, so they fall through to the main table and leave by the tunnel. The server
 * therefore reaches the Internet as the AFTR's 192.0.2.1, not as the PPPoE address, and the port forward's replies
 * leave by the tunnel too, where the Internet client does not accept them. Everything else the config claims holds.
 */
@VyosLabTest(config = "examples/seed/typos-fixed.conf")
class PublishedTyposFixedIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.typos-fixed");
    private static final Path ARTIFACTS = Path.of("target", "vyos-lab", "PublishedTyposFixedIT");

    /** The checks the empty table breaks. */
    private static final Set<String> BROKEN = Set.of("dnat/100", "snat/110");

    @Test
    void onlyThePathsOfTheServerFail(DerivedTests checks, VyosConfig config) {
        List<CheckResult> results = new CheckRunner(config::mask)
                .run(NegativeControls.watchingBroken(checks.checks(), BROKEN), r -> { });
        Map<String, String> failed = results.stream().filter(r -> !r.passed())
                .collect(Collectors.toMap(r -> r.check().id(), CheckResult::message));
        failed.forEach((id, message) -> LOG.info("{} fails: {}", id, message));
        assertThat(new TreeSet<>(failed.keySet())).as("failing checks (%s)", failed)
                .isEqualTo(new TreeSet<>(BROKEN));
        assertThat(failed.get("snat/110")).as("why the server's own traffic fails")
                .contains("expected: whoami sees server as 203.0.113.10 (leaving by pppoe0 via bras)")
                .contains("seen:     source 192.0.2.1");
        assertThat(failed.get("dnat/100")).as("why the port forward fails").contains("timed out");
    }

    /** Where the port forward's reply goes: captured on the router (interfaces) and on the Internet client. */
    @Test
    void theForwardedRequestsReplyLeavesByTheTunnel(LabView view, Router router) throws IOException {
        ProbeHost routerHost = ProbeHost.of(router.name(), ((ReferenceRouter) router)::exec);
        ProbeHost internet = view.internetHost();
        Port port = Port.udp(19132);
        PacketCapture onRouter = PacketCapture.start(routerHost, "udp port " + port.number()
                + " or (ip6 and ip6[6] == 4)", PacketCapture.GUARD_SECONDS);
        PacketCapture onInternet = PacketCapture.start(internet, "udp", PacketCapture.GUARD_SECONDS);
        Connect.Result result = Connect.run(internet, view.routerAddress("pppoe0"), port);
        String routerText = onRouter.stop();
        String internetText = onInternet.stop();
        Files.createDirectories(ARTIFACTS);
        Files.writeString(ARTIFACTS.resolve("udp-19132-capture.txt"), "# on the router (tcpdump -i any)\n"
                + routerText + "\n# on " + internet.name() + "\n" + internetText);
        LOG.info("probe {}; router capture:\n{}\n{} capture:\n{}", result.describe(), routerText, internet.name(),
                internetText);
        assertThat(result.answered()).as("answer to %s's request (%s)", internet.name(), result.describe()).isFalse();
        assertThat(routerText).as("request arriving by PPPoE, forwarded to the server on the LAN")
                .contains("pppoe0 In").contains("eth1  Out").contains("> 10.0.1.100.19132");
        assertThat(routerText).as("the server's reply, looked up in empty table 100, leaving by the tunnel")
                .contains("eth1  In").contains("tun0  Out").doesNotContain("pppoe0 Out");
        assertThat(internetText).as("the reply reaching the Internet client from the AFTR's address")
                .contains("192.0.2.1.");
    }
}
