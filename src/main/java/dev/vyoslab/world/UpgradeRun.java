package dev.vyoslab.world;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.check.CheckResult;
import dev.vyoslab.config.MigrationResult;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.vyos.VyosRouter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An upgrade, checked: the lab and the checks derived once from the config's intent on the old release (what the user
 * wants does not change with the release), run on the old release, then on the new one with the config as the upgrade
 * leaves it. The reference router takes the config VyOS's own migration scripts wrote (off the router) on the same
 * lab; VyOS boots the new ISO in a lab of its own, loads the old config.boot, footer and all, migrates it itself, and
 * what it made of it is read back.
 */
public final class UpgradeRun {

    /**
     * {@code before} and {@code after}: the device of each release (for VyOS, each its ISO); {@code routerFiles}: a
     * copy of the router's /config for the migration scripts ({@link dev.vyoslab.config.Migration#withRouterFiles}).
     */
    public record Spec(Path config, VyosVersion from, VyosVersion to, DutChoice before, DutChoice after,
                       Vyos1xSources sources, Optional<Path> routerFiles) {
    }

    /**
     * @param migrated what the new release runs, as set commands (masked): VyOS's own read-back, or the scripts'
     * @param migratedBy who migrated it, for the report
     */
    public record Outcome(UpgradeComparison comparison, RunResult before, RunResult after, MigrationResult migration,
                          String original, String migrated, String migratedBy) {

        /**
         * Each release's reports in a folder named after it, the migrated config, its diff against the original and
         * {@code upgrade.md}; all masked like everything written, so the secrets stay in the user's own file.
         */
        public void write(Path dir, Duration took) throws IOException {
            Files.createDirectories(dir);
            before.write(dir.resolve(comparison.from().id()), took);
            after.write(dir.resolve(comparison.to().id()), took);
            Files.writeString(dir.resolve("migrated.conf"), migrated);
            Files.writeString(dir.resolve("migration.diff"), diff(original, migrated));
            Files.writeString(dir.resolve("upgrade.md"), "# vyos-lab upgrade: " + before.config() + ", "
                    + comparison.from().id() + " to " + comparison.to().id() + "\n\n" + comparison.summary()
                    + "; migrated by " + migratedBy + "; " + took.toSeconds() + " s\n\n" + comparison.markdown()
                    + said());
        }

        /** What VyOS's scripts printed while migrating and the /config files they lacked, for upgrade.md. */
        private String said() {
            StringBuilder s = new StringBuilder();
            for (MigrationResult.ScriptNote n : migration.said()) {
                n.text().lines().forEach(l -> s.append("- ").append(n.script()).append(": ").append(l).append('\n'));
            }
            migration.missing().forEach(f -> s.append("- looked for ").append(f).append(", not given (--config-dir)\n"));
            return s.isEmpty() ? "" : "\n## What VyOS's migration scripts said\n" + s;
        }
    }

    /** Lines only in the original ({@code -}), then lines only in the migrated config ({@code +}): set commands. */
    static String diff(String original, String migrated) {
        Set<String> before = lines(original);
        Set<String> after = lines(migrated);
        StringBuilder s = new StringBuilder();
        before.stream().filter(l -> !after.contains(l)).forEach(l -> s.append("- ").append(l).append('\n'));
        after.stream().filter(l -> !before.contains(l)).forEach(l -> s.append("+ ").append(l).append('\n'));
        return s.toString();
    }

    private static Set<String> lines(String commands) {
        return new LinkedHashSet<>(commands.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private UpgradeRun() {
    }

    /**
     * Everything read and migrated before a lab starts (bad input, python3 or the sources missing: exit 2 at once),
     * then the two runs; {@code onResult} hears each check of both as it ends.
     */
    public static Outcome run(Spec spec, Progress progress, Consumer<CheckResult> onResult) {
        RunInput old = RunInput.read(new RunSpec(spec.config(), Optional.empty(), spec.before(), spec.from()));
        MigrationResult migration = ConfigMigration.runComplete(spec.config(), spec.from(), spec.to(), spec.sources(),
                spec.routerFiles());
        progress.done("migrate to " + spec.to().id() + " (" + migration.applied().size() + " VyOS scripts)",
                migration.elapsed());
        if (spec.before().kind() == DeviceKind.REFERENCE) {
            try (LabRun run = LabRun.start(old, progress)) {
                return onLab(run, spec.to(), migration, run.checks(), onResult);
            }
        }
        // both ISOs are found and verified before the first boots; VyOS migrates the config.boot its old release
        // saved, as a real upgrade does, when it loads it
        VyosConfig saved = VyosConfig.parse(old.config().sourceName() + " (as " + spec.from().id() + " saves it)",
                migration.savedBoot(), spec.to());
        RunInput next = new RunInput(saved, old.config(), old.plan(), DeviceKind.VYOS,
                Optional.of(RunInput.iso(spec.after())), spec.to());
        RunResult before;
        try (LabRun run = LabRun.start(old, progress)) {
            before = run.runChecks(onResult);
        }
        try (LabRun run = LabRun.start(next, progress)) {
            RunResult after = run.runChecks(onResult);
            String readBack = ((VyosRouter) run.router()).configurationCommands();
            return outcome(spec.to(), before, after, migration, old.config(), old.config().mask(readBack),
                    "VyOS " + spec.to().id() + " itself, loading the " + spec.from().id() + " config.boot");
        }
    }

    /**
     * The upgrade on a running lab of the reference router whose applied config is the old one: {@code checks} (the
     * run's, some perhaps with limits of their own), then the migrated config applied and the same checks again. The
     * lab is left with the migrated config.
     */
    public static Outcome onLab(LabRun run, VyosVersion to, MigrationResult migration, List<Check> checks,
                                Consumer<CheckResult> onResult) {
        VyosConfig original = run.input().config();
        RunResult before = run.runChecks(checks, onResult);
        RunResult after;
        try {
            run.apply(migration.config());
            after = run.runChecks(checks, onResult);
        } catch (RunFailure e) {
            if (e.exitCode() != ExitCode.BAD_INPUT) {
                throw e;
            }
            // the new release refuses the migrated config: nothing of it holds there
            Check apply = new Check("apply", "the router takes the migrated config", CheckKind.CONVERGENCE, 0,
                    () -> { });
            CheckResult refused = new CheckResult(apply, CheckResult.Status.FAILED, Duration.ZERO, e.getMessage());
            onResult.accept(refused);
            after = new RunResult(migration.config().sourceName(), original.sourceName(), run.input().device(),
                    List.of(refused));
        }
        return outcome(to, before, after, migration, original, original.mask(migration.commands()),
                "VyOS " + to.id() + "'s migration scripts, off the router");
    }

    private static Outcome outcome(VyosVersion to, RunResult before, RunResult after, MigrationResult migration,
                                   VyosConfig original, String migrated, String by) {
        UpgradeComparison comparison = UpgradeComparison.of(original.version(), to, before, after);
        return new Outcome(comparison, before, after, migration, original.mask(original.render()), migrated, by);
    }
}
