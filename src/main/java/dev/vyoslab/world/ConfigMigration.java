package dev.vyoslab.world;

import dev.vyoslab.config.Migration;
import dev.vyoslab.config.MigrationException;
import dev.vyoslab.config.MigrationResult;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosVersion;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A config migrated to a newer release by VyOS's own scripts, off the router: the {@code migrate} preview, and the
 * step of an upgrade run between the old release and the new one. Every failure is a {@link RunFailure}: python3
 * or the sources missing and bad input exit 2, the scripts themselves failing exits 3.
 */
public final class ConfigMigration {

    private ConfigMigration() {
    }

    public static MigrationResult run(Path config, VyosVersion from, VyosVersion to, Vyos1xSources sources) {
        if (!Files.isRegularFile(config)) {
            throw RunFailure.badInput(config + ": no such file");
        }
        try {
            MigrationResult r = Migration.of(from, to, sources).run(config);
            if (!r.complete()) {
                // VyOS stops a migration at a failing script; vyos-lab ran the others, but the result is not VyOS's
                throw new RunFailure(ExitCode.ENVIRONMENT, "migrating " + config + " to " + to.id() + ": "
                        + r.failed().size() + " script(s) failed off the router:\n  " + String.join("\n  ",
                        r.failed().stream().map(f -> f.script() + ": " + f.error()).toList()), null);
            }
            return r;
        } catch (MigrationException e) {
            ExitCode code = e.reason() == MigrationException.Reason.FAILED ? ExitCode.ENVIRONMENT : ExitCode.BAD_INPUT;
            throw new RunFailure(code, e.getMessage(), e);
        }
    }
}
