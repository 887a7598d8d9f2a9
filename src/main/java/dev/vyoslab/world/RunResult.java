package dev.vyoslab.world;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.dut.DeviceKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** How the checks of one run ended: the results in order, and what they mean as an exit status. */
public record RunResult(String config, String baseline, DeviceKind device, List<CheckResult> results) {

    public RunResult {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
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
        RunReport.write(dir, config, header, results);
    }
}
