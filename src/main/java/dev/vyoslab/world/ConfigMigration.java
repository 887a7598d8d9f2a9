package dev.vyoslab.world;

import dev.vyoslab.config.Migration;
import dev.vyoslab.config.MigrationException;
import dev.vyoslab.config.MigrationResult;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A config migrated to a newer release by VyOS's own scripts, off the router: the {@code migrate} preview, and the
 * step of an upgrade run between the old release and the new. Failures are {@link RunFailure}s: python3 or the
 * sources missing and bad input exit 2, the runner failing exits 3.
 */
public final class ConfigMigration {

    private ConfigMigration() {
    }

    /** The migration, also when a script failed off the router ({@link MigrationResult#complete()} says). */
    public static MigrationResult run(Path config, VyosVersion from, VyosVersion to, Vyos1xSources sources,
                                      Optional<Path> routerFiles) {
        if (!Files.isRegularFile(config)) {
            throw RunFailure.badInput(config + ": no such file");
        }
        try {
            return migration(from, to, sources, routerFiles).run(config);
        } catch (MigrationException e) {
            throw failure(e);
        }
    }

    private static Migration migration(VyosVersion from, VyosVersion to, Vyos1xSources sources,
                                       Optional<Path> routerFiles) {
        Migration m = Migration.of(from, to, sources);
        routerFiles.ifPresent(m::withRouterFiles);
        return m;
    }

    private static RunFailure failure(MigrationException e) {
        ExitCode code = e.reason() == MigrationException.Reason.FAILED ? ExitCode.ENVIRONMENT : ExitCode.BAD_INPUT;
        return new RunFailure(code, e.getMessage(), e);
    }

    /**
     * The migration as VyOS would finish it, for a run that goes on with the result (an upgrade): VyOS stops at a
     * failing script, so a script that failed off the router is an environment failure naming it.
     */
    public static MigrationResult runComplete(Path config, VyosVersion from, VyosVersion to, Vyos1xSources sources,
                                              Optional<Path> routerFiles) {
        return complete(run(config, from, to, sources, routerFiles), config.toString(), to);
    }

    /** {@code config} (as read for its own release) migrated to {@code to} as VyOS finishes it, for an upgrade. */
    public static MigrationResult runComplete(VyosConfig config, VyosVersion to, Vyos1xSources sources,
                                              Optional<Path> routerFiles) {
        MigrationResult r;
        try {
            r = migration(config.version(), to, sources, routerFiles).run(config.sourceName(),
                    config.bootText().orElseGet(config::render));
        } catch (MigrationException e) {
            throw failure(e);
        }
        return complete(r, config.sourceName(), to);
    }

    /** VyOS stops at a failing script, so one that failed off the router is an environment failure naming it. */
    private static MigrationResult complete(MigrationResult r, String name, VyosVersion to) {
        if (!r.complete()) {
            throw new RunFailure(ExitCode.ENVIRONMENT, "migrating " + name + " to " + to.id() + ": " + failures(r),
                    null);
        }
        return r;
    }

    /**
     * What the scripts printed, as VyOS logs it when it migrates at boot ("Failed to migrate CA certificate on
     * openvpn interface vtun0"), one line each; then the files of the router's /config they looked for and did not
     * find, and how to give them.
     */
    public static List<String> said(MigrationResult r, boolean withRouterFiles) {
        List<String> out = new ArrayList<>();
        for (MigrationResult.ScriptNote n : r.said()) {
            n.text().lines().forEach(l -> out.add("vyos-lab: VyOS's " + n.script() + " said: " + l));
        }
        if (!r.missing().isEmpty()) {
            out.add("vyos-lab: VyOS's scripts looked for files of the router's /config that "
                    + (withRouterFiles ? "the --config-dir folder lacks: " : "are not here: ")
                    + String.join(", ", r.missing()) + (withRouterFiles ? ""
                    : "; give a copy of it with --config-dir DIR (scp -r vyos@ROUTER:/config DIR)"));
        }
        return out;
    }

    /** The failed scripts, one per line, for a message. */
    public static String failures(MigrationResult r) {
        return r.failed().size() + " VyOS migration script(s) failed off the router:\n  " + String.join("\n  ",
                r.failed().stream().map(f -> f.script() + ": " + f.error()).toList());
    }
}
