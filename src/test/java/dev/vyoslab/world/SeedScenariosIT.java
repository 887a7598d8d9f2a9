package dev.vyoslab.world;

import static dev.vyoslab.world.Mutation.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.ScenarioResult;
import dev.vyoslab.check.Scenarios;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
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
 * following, recovers from an AFTR restart, and keeps its IPoE traffic with the BRAS gone (one JUnit test per step).
 * Then the negative control: without dynamic DNS, the redial fails on the DNS step and nothing after it runs.
 */
@VyosLabTest(config = "examples/seed/corrected.conf", lab = UplinkNegativeControlsIT.LAB)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScenariosIT {

    private static final String RECOVER = "vyoslab.scenario.recover";

    @TestFactory
    @Order(1)
    Stream<DynamicContainer> theSeedRecoversFromEveryFault(DerivedTests tests) {
        return tests.scenarios(Scenarios.NAMES.toArray(String[]::new));
    }

    @Test
    @Order(2)
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
}
