package dev.vyoslab.world;

import static dev.vyoslab.world.Mutation.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.CheckRunner;
import dev.vyoslab.check.Scenario;
import dev.vyoslab.check.ScenarioRunner;
import dev.vyoslab.check.ScenarioResult;
import dev.vyoslab.check.Scenarios;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The corrected seed under faults on its line: it redials to a new address with the DNS record and the port forward
 * following, recovers from an AFTR restart, keeps its IPoE traffic with the BRAS gone, holds every claim again after
 * save and reboot (the reference router's warm restart), and exposes only its port
 * forward (one JUnit test per step); a renumbering of the NGN breaks its hand-written tunnel source, and the report
 * says so. Then the negative controls: without dynamic DNS the redial fails on the DNS step
 * and nothing after it runs; with SSH enabled and WAN_LOCAL gone the scan finds tcp/22 over IPv4 and, as the seed has
 * no IPv6 firewall, over IPv6 too (on the WAN's address and on an IPv6 address of the LAN port), and the baseline's
 * WAN_LOCAL claim fails on the answer it now gets. On a lab of its own, so that it runs beside the negative controls'
 * lab.
 */
// the longest lab of the suite (about 11 min cold): started first (LabSharingOrder)
@Order(1)
@VyosLabTest(config = "examples/seed/corrected.conf", lab = SeedScenariosIT.LAB)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScenariosIT {

    /** This class's lab, which SeedUpgradeIT shares after it (the two chains of seed classes come out even). */
    static final String LAB = "seed-scenarios";

    private static final String RECOVER = "vyoslab.scenario.recover";

    @TestFactory
    @Order(1)
    Stream<DynamicContainer> theSeedRecoversFromEveryFault(DerivedTests tests) {
        return tests.scenarios(Scenarios.PPPOE_REDIAL, Scenarios.AFTR_RESTART, Scenarios.BRAS_DOWN,
                Scenarios.ROUTER_REBOOT, Scenarios.EXPOSURE);
    }

    /** The seed author's own warning made visible: the tunnel's source-address is written by hand. */
    @Test
    @Order(2)
    void theSeedsTunnelDoesNotSurviveARenumberingAndTheReportSaysWhy(LabRun run) {
        List<ScenarioResult.Step> steps = run.runScenarios(List.of(Scenarios.NGN_RENUMBER), st -> { }).get(0).steps();
        assertThat(steps).singleElement().satisfies(st -> {
            assertThat(st.result().status()).isEqualTo(CheckResult.Status.FAILED);
            assertThat(st.result().message()).contains("why:      tun0 (config line ", "has a fixed source-address",
                    "the router keeps sending from an address the ISP no longer routes");
        });
    }

    @Test
    @Order(3)
    void withoutDynamicDnsTheRedialFailsOnTheDnsStep(LabRun run) throws Exception {
        Mutation noDdns = new Mutation("no-dynamic-dns", without("set service dns dynamic"), Set.of(), Map.of());
        run.apply(noDdns.apply(Files.readString(NegativeControls.GOOD)));
        // the DNS step must fail: it need not wait out the minute a real ddclient may take (the lab's updates at once)
        String before = System.getProperty(RECOVER);
        System.setProperty(RECOVER, "60");
        List<ScenarioResult> ran;
        try {
            ran = run.runScenarios(List.of(Scenarios.PPPOE_REDIAL), st -> { });
        } finally {
            if (before == null) {
                System.clearProperty(RECOVER);
            } else {
                System.setProperty(RECOVER, before);
            }
        }
        List<ScenarioResult.Step> steps = ran.get(0).steps();
        assertThat(steps).extracting(st -> st.result().check().id() + " " + st.result().status()).containsExactly(
                "scenario/pppoe-redial/pppoe0/session PASSED", "scenario/pppoe-redial/pppoe0/dns FAILED",
                "scenario/pppoe-redial/pppoe0/published " + CheckResult.Status.SKIPPED,
                "scenario/pppoe-redial/pppoe0/rest " + CheckResult.Status.SKIPPED);
        assertThat(steps.get(1).result().message()).contains("ddns/bar.example.com", "no update received");
    }

    @Test
    @Order(4)
    void sshWithoutWanLocalIsFoundByTheScanOverBothFamilies(LabRun run) throws Exception {
        // an IPv6 address on the LAN port too: sshd listens there as well, and the NGN reaches it through a route
        Mutation ssh = new Mutation("ssh-without-wan-local", text -> without("set firewall name WAN_LOCAL",
                "set interfaces pppoe pppoe0 firewall local").apply(text) + "set service ssh port '22'\n"
                + "set interfaces ethernet eth1 address '2001:db8:f::1/64'\n", Set.of(), Map.of());
        run.apply(ssh.apply(Files.readString(NegativeControls.GOOD)));
        CheckResult local = new CheckRunner(s -> s).run(run.checks().stream()
                .filter(c -> c.id().equals("firewall/WAN_LOCAL")).findFirst().orElseThrow());
        assertThat(local.status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(local.message()).contains("dropped on the way", "answered");

        List<ScenarioResult.Step> steps = run.runScenarios(List.of(Scenarios.EXPOSURE), st -> { }).get(0).steps();
        assertThat(steps).extracting(st -> st.result().check().id() + " " + st.result().status()).containsExactly(
                "scenario/exposure/ipv4/pppoe0 FAILED", "scenario/exposure/ipv6/eth0 " + CheckResult.Status.SKIPPED);
        assertThat(steps.get(0).result().message()).contains("not published by the config: tcp/22 answered by");
        // each IPv6 step on its own (the first failure skips the rest of a scenario); derived from the applied config,
        // as the baseline (the seed) has no IPv6 address on its LAN port
        List<Scenario.Step> all = run.scenarios(run.input().config().intent(), List.of(Scenarios.EXPOSURE)).get(0)
                .steps();
        assertThat(all).extracting(st -> st.check().id()).containsExactly("scenario/exposure/ipv4/pppoe0",
                "scenario/exposure/ipv6/eth0", "scenario/exposure/ipv6/eth1");
        for (Scenario.Step v6 : all.subList(1, all.size())) {
            ScenarioResult.Step alone = new ScenarioRunner(new CheckRunner(s -> s)).run(List.of(new Scenario(
                    Scenarios.EXPOSURE, "IPv6 alone", Optional.empty(), List.of(v6), () -> { })), st -> { }).get(0)
                    .steps().get(0);
            assertThat(alone.result().status()).as(v6.check().id()).isEqualTo(CheckResult.Status.FAILED);
            assertThat(alone.result().message()).as(v6.check().id())
                    .contains("not published by the config: tcp/22 answered by");
        }
    }
}
