package dev.vyoslab.world;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.ScenarioResult;
import dev.vyoslab.dut.DeviceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** How the checks and scenarios of one run ended: the results in order, and what they mean as an exit status. */
public record RunResult(String config, String baseline, DeviceKind device, List<CheckResult> results,
                        List<ScenarioResult> scenarios) {

    public RunResult {
        results = List.copyOf(results);
        scenarios = List.copyOf(scenarios);
    }

    public RunResult(String config, String baseline, DeviceKind device, List<CheckResult> results) {
        this(config, baseline, device, results, List.of());
    }

    public RunResult withScenarios(List<ScenarioResult> ran) {
        return new RunResult(config, baseline, device, results, ran);
    }

    /** Every check passed and no scenario that ran failed (one not applicable did not fail). */
    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed) && scenarios.stream().noneMatch(ScenarioResult::failed);
    }

    public ExitCode exitCode() {
        return passed() ? ExitCode.PASSED : ExitCode.CHECK_FAILED;
    }

    public List<CheckResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Writes the JUnit XML and the Markdown report into {@code dir}; {@code took} is the whole run's time. */
    public void write(Path dir, Duration took) throws IOException {
        String header = "config `" + config + "`" + (baseline.equals(config) ? "" : ", claims of `" + baseline + "`")
                + ", device " + device.name().toLowerCase(Locale.ROOT) + ", " + took.toSeconds() + " s";
        RunReport.write(dir, config, header, results, scenarios);
    }
}
