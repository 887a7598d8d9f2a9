package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.check.CheckResult;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.dut.DeviceKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The old release's results beside the new one's: regressions first, exit 1 only on one, what was not run. */
class UpgradeComparisonTest {

    private static CheckResult result(String id, boolean passed, String message) {
        return new CheckResult(new Check(id, "claim " + id, CheckKind.SOURCE_NAT, 1, () -> { }),
                passed ? CheckResult.Status.PASSED : CheckResult.Status.FAILED, Duration.ofSeconds(1), message);
    }

    private static RunResult run(CheckResult... results) {
        return new RunResult("c.conf", "c.conf", DeviceKind.REFERENCE, List.of(results));
    }

    @Test
    void aPassThatFailsAfterTheUpgradeIsARegressionListedFirstAndExitsOne() {
        UpgradeComparison c = UpgradeComparison.of(VyosVersion.V1_3, VyosVersion.V1_4,
                run(result("a", true, ""), result("b", false, "why: old"), result("c", true, ""),
                        result("d", false, "why: x")),
                run(result("a", true, ""), result("b", false, "why: still"), result("c", false,
                        "expected: pppoe0\nwhy: left by tun0"), result("d", true, "")));
        assertThat(c.rows()).extracting(UpgradeComparison.Row::check).containsExactly("c", "b", "d", "a");
        assertThat(c.regressions()).extracting(UpgradeComparison.Row::check).containsExactly("c");
        assertThat(c.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(c.table()).contains("pass -> FAIL").contains("why: left by tun0")
                .contains("4 checks, 1 regression(s) from 1.3 to 1.4");
        assertThat(c.markdown()).contains("| `c` | pass | failed | **regression** | why: left by tun0 |");
    }

    @Test
    void failingOnBothReleasesIsReportedButIsNoRegression() {
        UpgradeComparison c = UpgradeComparison.of(VyosVersion.V1_3, VyosVersion.ROLLING,
                run(result("a", false, "why: x")), run(result("a", false, "why: x")));
        assertThat(c.rows()).extracting(UpgradeComparison.Row::change)
                .containsExactly(UpgradeComparison.Change.STILL_FAILING);
        assertThat(c.exitCode()).isEqualTo(ExitCode.PASSED);
    }

    @Test
    void aCheckTheNewReleaseNeverRanDidNotPassThere() {
        UpgradeComparison c = UpgradeComparison.of(VyosVersion.V1_3, VyosVersion.V1_4,
                run(result("a", true, "")), run(result("apply", false, "refused")));
        assertThat(c.regressions()).extracting(UpgradeComparison.Row::check).containsExactly("a");
        assertThat(c.table()).contains("not run on the new release");
    }

    @Test
    void theDiffListsWhatTheMigrationRemovedThenWhatItAdded() {
        assertThat(UpgradeRun.diff("set a 1\nset b 2\n", "set a 1\nset b 3\nset c 4\n"))
                .isEqualTo("- set b 2\n+ set b 3\n+ set c 4\n");
    }
}
