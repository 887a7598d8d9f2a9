package dev.vyoslab.cli;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.world.DutChoice;
import dev.vyoslab.world.ConfigMigration;
import dev.vyoslab.world.ExitCode;
import dev.vyoslab.world.RunFailure;
import dev.vyoslab.world.UpgradeComparison;
import dev.vyoslab.world.UpgradeRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code vyos-lab upgrade CONFIG --to R}: the checks of CONFIG on its release, then on R with CONFIG as the upgrade
 * leaves it; one table of both, regressions first, and a report directory with the migrated config, its diff against
 * the original, and each release's reports. Exit 1 on any regression.
 */
final class UpgradeCommand {

    private final PrintStream out;
    private final PrintStream err;

    UpgradeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(UpgradeRun.Spec spec, Optional<Path> report) {
        long t0 = System.nanoTime();
        Path dir = report.orElse(Path.of("vyos-lab-report", CheckCommand.dirName(spec.config().toString())
                + "-upgrade-" + spec.to().id()));
        out.println("upgrading " + spec.config() + " from " + spec.from().id() + " to " + spec.to().id() + " on the "
                + spec.before().kind().name().toLowerCase(Locale.ROOT) + " router");
        UpgradeRun.Outcome o;
        try {
            o = UpgradeRun.run(spec, (what, took) -> out.printf(Locale.ROOT, "%s: %.1f s%n", what,
                    took.toMillis() / 1000.0), this::printResult);
        } catch (RunFailure e) {
            err.println("vyos-lab: " + e.getMessage());
            return e.exitCode();
        }
        for (Diagnostic d : o.migration().config().diagnostics()) {
            out.println(o.migration().config().mask(d.toString()));
        }
        ConfigMigration.said(o.migration(), spec.routerFiles().isPresent()).forEach(out::println);
        UpgradeComparison c = o.comparison();
        out.print(c.table());
        try {
            o.write(dir, Duration.ofNanos(System.nanoTime() - t0));
            out.println("reports: " + dir.resolve("upgrade.md") + ", migrated config: " + dir.resolve("migrated.conf"));
        } catch (IOException e) {
            err.println("vyos-lab: cannot write the report into " + dir + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return c.exitCode();
    }

    private void printResult(CheckResult r) {
        out.printf(Locale.ROOT, "  %-4s %s (%.1f s)%n", r.passed() ? "ok" : "FAIL", r.check().id(),
                r.duration().toMillis() / 1000.0);
    }

    static UpgradeRun.Spec spec(Arguments a) {
        DutChoice before = new DutChoice(a.dut(), a.iso(), a.isoSha256());
        DutChoice after = new DutChoice(a.dut(), a.isoTo(), a.isoToSha256());
        return new UpgradeRun.Spec(a.config(), a.from(), a.to().orElseThrow(), before, after, Vyos1xSources.configured(),
                a.routerFiles());
    }
}
