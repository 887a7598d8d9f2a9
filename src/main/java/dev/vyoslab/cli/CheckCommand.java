package dev.vyoslab.cli;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.config.Severity;
import dev.vyoslab.world.ExitCode;
import dev.vyoslab.world.LabRun;
import dev.vyoslab.world.RunFailure;
import dev.vyoslab.world.RunInput;
import dev.vyoslab.world.RunReport;
import dev.vyoslab.world.RunResult;
import dev.vyoslab.world.RunSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code vyos-lab check CONFIG...}: every config read and resolved first (bad input stops everything before a lab
 * starts), then each run through {@link LabRun}, up to {@code jobs} labs at once. Progress lines carry the config's
 * name when several run; each table is printed whole when its run ends. The exit status is the worst run's.
 */
final class CheckCommand {

    private static final Path DEFAULT_REPORTS = Path.of("vyos-lab-report");

    private final PrintStream out;
    private final PrintStream err;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * {@code report}: where the reports go; one config's own directory when given for one config, else one
     * directory per config under it (default {@code vyos-lab-report}), so runs of different configs never clash.
     */
    ExitCode run(List<RunSpec> specs, Optional<Path> report, int jobs, boolean keep, List<String> scenarios) {
        List<RunInput> inputs = new ArrayList<>();
        for (RunSpec spec : specs) {
            RunInput input = RunInput.read(spec);
            input.config().diagnostics().stream().filter(d -> d.severity() != Severity.ERROR).forEach(out::println);
            inputs.add(input);
        }
        Path base = report.orElse(DEFAULT_REPORTS);
        if (inputs.size() == 1) {
            String name = inputs.get(0).config().sourceName();
            return check(inputs.get(0), "", report.orElse(base.resolve(dirName(name))), keep, scenarios);
        }
        int parallel = jobs > 0 ? jobs : LabBudget.forThisMachine(inputs.get(0).device()).labs();
        out.println("checking " + inputs.size() + " configs, " + Math.min(parallel, inputs.size()) + " at a time ("
                + LabBudget.forThisMachine(inputs.get(0).device()) + ")");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, inputs.size()));
        try {
            List<Future<ExitCode>> runs = new ArrayList<>();
            for (RunInput input : inputs) {
                String name = input.config().sourceName();
                runs.add(pool.submit(() -> check(input, "[" + name + "] ", base.resolve(dirName(name)), false,
                        scenarios)));
            }
            ExitCode worst = ExitCode.PASSED;
            for (Future<ExitCode> f : runs) {
                worst = worst.worse(outcome(f));
            }
            return worst;
        } finally {
            pool.shutdownNow();
        }
    }

    private ExitCode outcome(Future<ExitCode> run) {
        try {
            return run.get();
        } catch (ExecutionException e) {
            err.println("vyos-lab: internal error, please report it: " + e.getCause());
            return ExitCode.ENVIRONMENT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.ENVIRONMENT;
        }
    }

    /** One config, start to tear-down; a failure ends as its message and exit status, never a stack trace. */
    private ExitCode check(RunInput input, String prefix, Path reportDir, boolean keep, List<String> scenarios) {
        long t0 = System.nanoTime();
        out.println(prefix + "checking " + input.config().sourceName() + " on the "
                + input.device().name().toLowerCase(Locale.ROOT) + " router");
        try (LabRun run = LabRun.start(input, (what, took) -> out.printf(Locale.ROOT, "%s%s: %.1f s%n", prefix, what,
                took.toMillis() / 1000.0))) {
            out.println(prefix + "lab memory: " + LabBudget.measured(run.lab()).orElse("unknown (Docker's stats"
                    + " did not say)"));
            RunResult result = run.runChecks(r -> out.printf(Locale.ROOT, "%s  %-4s %s (%.1f s)%n", prefix,
                    r.passed() ? "ok" : "FAIL", r.check().id(), r.duration().toMillis() / 1000.0));
            for (CheckResult r : result.failures()) {
                run.saveArtifacts(reportDir.resolve(r.check().id().replaceAll("[^A-Za-z0-9._-]", "_")));
            }
            result = result.withScenarios(run.runScenarios(scenarios, st -> {
                CheckResult r = st.result();
                out.printf(Locale.ROOT, "%s  %-4s %s (%.1f s since the fault)%n", prefix, r.passed() ? "ok"
                        : r.status() == CheckResult.Status.SKIPPED ? "skip" : "FAIL", r.check().id(),
                        st.sinceFault().toMillis() / 1000.0);
                if (!r.passed() && r.status() != CheckResult.Status.SKIPPED) {
                    run.saveArtifacts(reportDir.resolve(r.check().id().replaceAll("[^A-Za-z0-9._-]", "_")));
                }
            }));
            synchronized (out) {
                String table = RunReport.table(result.results())
                        + (result.scenarios().isEmpty() ? "" : "\n" + RunReport.scenarioTable(result.scenarios()));
                out.print(prefix.isEmpty() ? table : table.indent(2));
            }
            try {
                result.write(reportDir, Duration.ofNanos(System.nanoTime() - t0));
                out.println(prefix + "reports: " + reportDir.resolve("report.md") + ", "
                        + reportDir.resolve("TEST-vyos-lab.xml"));
            } catch (IOException e) {
                err.println("vyos-lab: cannot write the report into " + reportDir + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (keep) {
                out.println("--keep: lab " + run.lab().runId() + " stays up; press Enter to tear it down");
                awaitEnter();
            }
            return result.exitCode();
        } catch (RunFailure e) {
            err.println("vyos-lab: " + prefix + e.getMessage());
            return e.exitCode();
        }
    }

    private static void awaitEnter() {
        try {
            System.in.read();
        } catch (IOException e) {
            // no terminal: tear down at once
        }
    }

    /** A config file's name as a report directory name. */
    static String dirName(String configName) {
        String base = Path.of(configName).getFileName().toString();
        return base.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
