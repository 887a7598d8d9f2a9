package dev.vyoslab.cli;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.CheckRunner;
import dev.vyoslab.check.DerivedChecks;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.vyos.VyosIso;
import dev.vyoslab.dut.vyos.VyosIsoBuild;
import dev.vyoslab.dut.vyos.VyosIsoException;
import dev.vyoslab.lab.LabCleaner;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.world.DutChoice;
import dev.vyoslab.world.LabBuilder;
import dev.vyoslab.world.LabPlan;
import dev.vyoslab.world.Progress;
import dev.vyoslab.world.RunningLab;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.testcontainers.DockerClientFactory;

/** {@code vyos-lab}: check a VyOS config against a simulated FLETS line with real traffic. */
public final class Main {

    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(Arrays.asList(args)));
    }

    int run(List<String> args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            err.println("vyos-lab: " + e.getMessage());
            err.println(Arguments.USAGE);
            return BAD_INPUT;
        }
        try {
            return switch (a.command()) {
                case HELP -> {
                    out.println(Arguments.USAGE);
                    yield PASSED;
                }
                case LINT -> lint(a);
                case BUILD_ISO -> buildIso(a);
                case CLEAN -> clean();
                case CHECK -> check(a);
            };
        } catch (InputException e) {
            err.println("vyos-lab: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** Bad input or environment, found before anything boots. */
    static final class InputException extends RuntimeException {
        InputException(String message) {
            super(message);
        }
    }

    private VyosConfig read(java.nio.file.Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        VyosConfig config = VyosConfig.parse(file);
        config.diagnostics().forEach(d -> (d.severity() == Severity.ERROR ? err : out).println(d));
        if (config.hasErrors()) {
            throw new InputException(file + " has " + count(config, Severity.ERROR) + " error(s); nothing was started");
        }
        return config;
    }

    private static long count(VyosConfig c, Severity s) {
        return c.diagnostics().stream().map(Diagnostic::severity).filter(s::equals).count();
    }

    private int lint(Arguments a) {
        VyosConfig config = read(a.config().orElseThrow());
        out.println(config.sourceName() + ": " + count(config, Severity.WARNING) + " warning(s), "
                + count(config, Severity.NOTE) + " note(s); vyos-lab check would verify:");
        DerivedChecks.from(config.intent(), null).forEach(c -> out.println("  " + c.id() + "  " + c.title()));
        LabPlan.from(config.intent()).problems().forEach(p -> err.println("lab: " + p));
        return LabPlan.from(config.intent()).problems().isEmpty() ? PASSED : BAD_INPUT;
    }

    private int clean() {
        requireDocker();
        int removed = LabCleaner.cleanAll();
        out.println("removed " + removed + " leftover(s) labelled " + dev.vyoslab.lab.Lab.RUN_LABEL);
        return PASSED;
    }

    private void requireDocker() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new InputException("Docker is not reachable (is dockerd running? DOCKER_HOST?)");
        }
    }

    private int check(Arguments a) {
        VyosConfig config = read(a.config().orElseThrow());
        VyosConfig baseline = a.baseline().map(this::read).orElse(config);
        LabPlan plan = LabPlan.from(baseline.intent());
        if (!plan.problems().isEmpty()) {
            throw new InputException("the lab cannot be built: " + String.join("; ", plan.problems()));
        }
        DutChoice dut = new DutChoice(a.dut(), a.iso(), a.isoSha256());
        if (a.dut() == DeviceKind.VYOS) {
            verifyIso(a);
        }
        requireDocker();
        long t0 = System.nanoTime();
        RunningLab running;
        try {
            running = LabBuilder.start(plan, dut, progress());
        } catch (LabException e) {
            throw new InputException("the lab did not start: " + config.mask(String.valueOf(e.getMessage())));
        }
        try {
            step("apply " + config.sourceName(), () -> running.apply(config));
            var checks = DerivedChecks.from(baseline.intent(), running.view());
            out.println("running " + checks.size() + " checks");
            List<CheckResult> results = new CheckRunner(config::mask).run(checks, r -> out.printf("  %-4s %s (%.1f s)%n",
                    r.passed() ? "ok" : "FAIL", r.check().id(), r.duration().toMillis() / 1000.0));
            results.stream().filter(r -> !r.passed())
                    .forEach(r -> running.saveArtifacts(a.reportDir().resolve(r.check().id().replaceAll("[^A-Za-z0-9._-]", "_"))));
            out.print(Reports.table(results));
            String header = "config `" + config.sourceName() + "`" + a.baseline().map(b -> ", claims of `" + b + "`")
                    .orElse("") + ", device " + a.dut().name().toLowerCase() + ", "
                    + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s";
            Reports.write(a.reportDir(), config.sourceName(), header, results);
            out.println("reports: " + a.reportDir().resolve("report.md") + ", " + a.reportDir().resolve("TEST-vyos-lab.xml"));
            if (a.keep()) {
                out.println("--keep: lab " + running.lab().runId() + " stays up; press Enter to tear it down");
                System.in.read();
            }
            return results.stream().allMatch(CheckResult::passed) ? PASSED : FAILED;
        } catch (IOException e) {
            throw new InputException("cannot write the report into " + a.reportDir() + ": " + e.getMessage());
        } finally {
            step("tear down", running::close);
        }
    }

    /** Builds (or finds cached) the ISO with vyos-build; every failure explains itself and the ways out. */
    private int buildIso(Arguments a) {
        try {
            VyosIsoBuild build = new VyosIsoBuild(a.vyosVersion(), VyosIsoBuild.defaultPins());
            a.mirror().ifPresent(build::mirror);
            VyosIso iso = build.run();
            out.println("ISO " + iso.path() + "\nsha256 " + iso.sha256());
            return PASSED;
        } catch (VyosIsoException | IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private void verifyIso(Arguments a) {
        String where = a.iso().orElseThrow();
        try {
            step("verify ISO " + where, () -> {
                if (where.startsWith("http://") || where.startsWith("https://")) {
                    VyosIso.fromUrl(URI.create(where), a.isoSha256().orElseThrow(), VyosIso.defaultCacheDir(),
                            Duration.ofSeconds(20));
                } else {
                    VyosIso.fromFile(java.nio.file.Path.of(where), a.isoSha256().orElseThrow(), VyosIso.defaultCacheDir());
                }
            });
        } catch (VyosIsoException e) {
            throw new InputException(e.getMessage());
        }
    }

    private Progress progress() {
        return new Progress() {
            public void starting(String what) {
                out.println("starting " + what + " ...");
            }

            public void done(String what, Duration took) {
                out.printf("%s: done in %.1f s%n", what, took.toMillis() / 1000.0);
            }
        };
    }

    private void step(String what, Runnable r) {
        long t0 = System.nanoTime();
        out.println(what + " ...");
        r.run();
        out.printf("%s: done in %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }
}
