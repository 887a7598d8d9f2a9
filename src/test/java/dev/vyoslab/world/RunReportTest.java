package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.check.CheckResult;
import java.time.Duration;
import java.util.List;
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
}
