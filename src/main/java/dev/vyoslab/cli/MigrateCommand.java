package dev.vyoslab.cli;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.MigrationResult;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.world.ConfigMigration;
import dev.vyoslab.world.ExitCode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code vyos-lab migrate CONFIG --to 1.4|rolling [--from 1.3] [--config-dir DIR]}: the config migrated by VyOS's
 * own scripts, as set commands on stdout; on stderr which scripts ran, how long it took, what they said and the
 * router's files they lacked, and what the target's command tree refuses. A script that failed off the router is
 * named, and the status is 3.
 */
final class MigrateCommand {

    private final PrintStream out;
    private final PrintStream err;

    MigrateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    ExitCode run(Path config, VyosVersion from, VyosVersion to, Optional<Path> routerFiles) {
        MigrationResult r = ConfigMigration.run(config, from, to, Vyos1xSources.configured(), routerFiles);
        out.print(r.config().mask(r.commands()));
        err.println("vyos-lab: " + config + " migrated to " + to.id() + " by "
                + r.applied().size() + " VyOS migration script(s) in " + r.elapsed().toMillis() + " ms"
                + (r.applied().isEmpty() ? "" : ": " + String.join(" ", r.applied())));
        if (!r.absent().isEmpty()) {
            err.println("vyos-lab: not installed here, stood in by placeholders (no script used them): "
                    + String.join(", ", r.absent()));
        }
        ConfigMigration.said(r, routerFiles.isPresent()).forEach(err::println);
        for (Diagnostic d : r.config().diagnostics()) {
            err.println(r.config().mask(d.toString()));
        }
        if (!r.complete()) {
            // VyOS would stop here; the rest of the preview is still worth reading, but it is not VyOS's result
            err.println("vyos-lab: " + ConfigMigration.failures(r));
            return ExitCode.ENVIRONMENT;
        }
        return ExitCode.PASSED;
    }
}
