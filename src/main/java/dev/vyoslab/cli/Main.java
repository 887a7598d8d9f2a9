package dev.vyoslab.cli;

import dev.vyoslab.check.DerivedChecks;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.vyos.VyosIso;
import dev.vyoslab.dut.vyos.VyosIsoBuild;
import dev.vyoslab.dut.vyos.VyosIsoException;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabCleaner;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.Preflight;
import dev.vyoslab.world.DutChoice;
import dev.vyoslab.world.ExitCode;
import dev.vyoslab.world.LabPlan;
import dev.vyoslab.world.RunFailure;
import dev.vyoslab.world.RunSpec;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/** {@code vyos-lab}: check a VyOS config against a simulated FLETS line with real traffic. */
public final class Main {

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(Arrays.asList(args)));
    }

    /** Runs a command; whatever goes wrong ends as one message and an exit status, never as a stack trace. */
    int run(List<String> args) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (Arguments.UsageException e) {
            err.println("vyos-lab: " + e.getMessage());
            err.println(Arguments.USAGE);
            return ExitCode.BAD_INPUT.code();
        }
        try {
            return switch (a.command()) {
                case HELP -> {
                    out.println(Arguments.USAGE);
                    yield ExitCode.PASSED.code();
                }
                case LINT -> lint(a).code();
                case MIGRATE -> new MigrateCommand(out, err).run(a.config(), a.from(), a.to().orElseThrow(),
                        a.routerFiles()).code();
                case UPGRADE -> new UpgradeCommand(out, err).run(UpgradeCommand.spec(a), a.report()).code();
                case BUILD_ISO -> buildIso(a).code();
                case CLEAN -> clean().code();
                case CHECK -> new CheckCommand(out, err).run(specs(a), a.report(), a.jobs(), a.keep(), a.scenarios())
                        .code();
            };
        } catch (RunFailure e) {
            err.println("vyos-lab: " + e.getMessage());
            return e.exitCode().code();
        } catch (LabException e) {
            err.println("vyos-lab: " + e.getMessage());
            return ExitCode.ENVIRONMENT.code();
        } catch (RuntimeException e) {
            err.println("vyos-lab: internal error, please report it: " + e);
            return ExitCode.ENVIRONMENT.code();
        }
    }

    private static List<RunSpec> specs(Arguments a) {
        DutChoice dut = new DutChoice(a.dut(), a.iso(), a.isoSha256());
        return a.configs().stream().map(c -> new RunSpec(c, a.baseline(), dut, a.vyos())).toList();
    }

    private ExitCode lint(Arguments a) {
        if (!Files.isRegularFile(a.config())) {
            err.println("vyos-lab: " + a.config() + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        VyosConfig config = VyosConfig.parse(a.config(), a.vyos());
        config.diagnostics().forEach(d -> (d.severity() == Severity.ERROR ? err : out).println(d));
        if (config.hasErrors()) {
            err.println("vyos-lab: " + a.config() + " has " + count(config, Severity.ERROR) + " error(s)");
            return ExitCode.BAD_INPUT;
        }
        out.println(config.sourceName() + ": " + count(config, Severity.WARNING) + " warning(s), "
                + count(config, Severity.NOTE) + " note(s); vyos-lab check would verify:");
        DerivedChecks.from(config.intent(), null).forEach(c -> out.println("  " + c.id() + "  " + c.title()));
        List<String> problems = LabPlan.from(config.intent()).problems();
        problems.forEach(p -> err.println("lab: " + p));
        return problems.isEmpty() ? ExitCode.PASSED : ExitCode.BAD_INPUT;
    }

    private static long count(VyosConfig c, Severity s) {
        return c.diagnostics().stream().map(Diagnostic::severity).filter(s::equals).count();
    }

    private ExitCode clean() {
        Preflight.check();
        int removed = LabCleaner.cleanAll();
        out.println("removed " + removed + " leftover(s) labelled " + Lab.RUN_LABEL);
        return ExitCode.PASSED;
    }

    /** Builds (or finds cached) the ISO with vyos-build; every failure explains itself and the ways out. */
    private ExitCode buildIso(Arguments a) {
        try {
            VyosIsoBuild build = new VyosIsoBuild(a.vyosVersion(), VyosIsoBuild.defaultPins());
            a.mirror().ifPresent(build::mirror);
            VyosIso iso = build.run();
            out.println("ISO " + iso.path() + "\nsha256 " + iso.sha256());
            return ExitCode.PASSED;
        } catch (VyosIsoException | IllegalArgumentException e) {
            err.println("vyos-lab: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
