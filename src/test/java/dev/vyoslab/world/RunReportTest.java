package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.ScenarioResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunReportTest {

    static final List<CheckResult> RESULTS = List.of(
            new CheckResult(new Check("snat/100", "source NAT rule 100: 10.0.1.0/24 leaves by tun0",
                    CheckKind.SOURCE_NAT, 22, () -> { }), CheckResult.Status.PASSED, Duration.ofMillis(2300), ""),
            new CheckResult(new Check("dnat/100", "destination NAT rule 100: [udp/19132] <on> pppoe0",
                    CheckKind.DESTINATION_NAT, 43, () -> { }), CheckResult.Status.FAILED, Duration.ofMillis(90500),
                    "dnat: still not true after 90 s: \n  expected: an answer from server\n  seen:     timed out"
                            + "\n  evidence: server: /tmp/x/server-console.log"));

    @Test
    void tableShowsIdResultSecondsAndEvidence() {
        assertThat(RunReport.table(RESULTS)).contains("check     result  seconds  evidence")
                .contains("snat/100  pass        2.3  source NAT rule 100")
                .contains("dnat/100  FAIL       90.5  evidence: server: /tmp/x/server-console.log");
    }

    @Test
    void junitXmlCountsFailuresAndEscapes() {
        String xml = RunReport.junitXml("corrected.conf", RESULTS, List.of());
        assertThat(xml).contains("tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\"")
                .contains("name=\"dnat/100: destination NAT rule 100: [udp/19132] &lt;on&gt; pppoe0\"")
                .contains("<failure message=\"evidence: server: /tmp/x/server-console.log\">");
    }

    @Test
    void markdownHasATableAndOneSectionPerFailure() {
        String md = RunReport.markdown("vyos-lab", "config `c`", RESULTS, List.of());
        assertThat(md).contains("| `snat/100` | pass | 2.3 |").contains("| `dnat/100` | **failed** | 90.5 |")
                .contains("## `dnat/100` (config line 43)").doesNotContain("## `snat/100`");
    }

    @Test
    void aScenarioStepSaysWhyInTheTableAndSitsInItsOwnSection() {
        CheckResult renumber = new CheckResult(new Check("scenario/ngn-renumber/tun0", "traffic through tun0 survives",
                CheckKind.SCENARIO, 15, () -> { }), CheckResult.Status.FAILED, Duration.ofMillis(48600),
                "snat/100: still not true\n  seen:     timed out\n  why:      tun0 (config line 15) has a fixed"
                        + " source-address");
        CheckResult skipped = new CheckResult(new Check("scenario/pppoe-redial/pppoe0/rest", "rest",
                CheckKind.SCENARIO, 0, () -> { }), CheckResult.Status.SKIPPED, Duration.ZERO, "not run: dns did not pass");
        List<ScenarioResult> scenarios = List.of(
                new ScenarioResult("ngn-renumber", "renumbering", Optional.empty(),
                        List.of(new ScenarioResult.Step(renumber, Duration.ofMillis(48600)))),
                new ScenarioResult("pppoe-redial", "redial", Optional.empty(),
                        List.of(new ScenarioResult.Step(skipped, Duration.ZERO))),
                new ScenarioResult("exposure", "scan", Optional.of("the router has no address of its own"), List.of()));
        assertThat(RunReport.scenarioTable(scenarios))
                .contains("scenario/ngn-renumber/tun0         FAIL       48.6  why:      tun0 (config line 15)")
                .contains("scenario/pppoe-redial/pppoe0/rest  skip        0.0  not run: dns did not pass")
                .contains("scenario/exposure                  n/a           -  the router has no address of its own");
        String xml = RunReport.junitXml("seed", RESULTS, scenarios);
        assertThat(xml).contains("tests=\"5\" failures=\"2\" errors=\"0\" skipped=\"2\"")
                .contains("<skipped message=\"not applicable: the router has no address of its own\"/>")
                .contains("<skipped message=\"not run: dns did not pass\"/>");
        assertThat(RunReport.markdown("t", "h", RESULTS, scenarios)).contains("## Scenarios")
                .contains("| `scenario/exposure` | not applicable | | scan: the router has no address of its own |")
                .contains("## `scenario/ngn-renumber/tun0` (config line 15)")
                .doesNotContain("## `scenario/pppoe-redial/pppoe0/rest`");
    }
}
