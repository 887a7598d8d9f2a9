package dev.vyoslab.config;

import java.time.Duration;
import java.util.List;

/**
 * A config migrated by VyOS's own scripts: the result read back as a config of the target release, the config.boot
 * the scripts wrote (with the target's footer, what a router of that release would save), which scripts ran, which
 * failed, and which modules VyOS's library imports but the local python3 lacks.
 *
 * @param lines   every {@code set} command of the migrated config, also those the target's command tree refuses
 *                (they are in {@link #config()}'s diagnostics, and missing from its tree)
 * @param said    what the scripts printed, as VyOS logs it when it migrates at boot (a file they could not move)
 * @param missing files of the router's /config the scripts looked for and did not find ({@code /config/id_rsa})
 * @param absent  modules imported by VyOS's library that stood in as placeholders (using one fails its script)
 * @param savedBoot the config.boot the scripts were given: the input's own, or what its release saves for a set file
 */
public record MigrationResult(VyosConfig config, String bootText, List<List<String>> lines, List<String> applied,
                              List<ScriptFailure> failed, List<ScriptNote> said, List<String> missing,
                              List<String> absent, Duration elapsed, String savedBoot) {

    /** A migration script that raised: its name ({@code rpki/1-to-2}) and what it said. */
    public record ScriptFailure(String script, String error) {
    }

    /** What a script that ran printed ({@code interfaces/25-to-26: Failed to migrate CA certificate on …}). */
    public record ScriptNote(String script, String text) {
    }

    public MigrationResult {
        said = List.copyOf(said);
        missing = List.copyOf(missing);
        lines = List.copyOf(lines);
        applied = List.copyOf(applied);
        failed = List.copyOf(failed);
        absent = List.copyOf(absent);
    }

    /** True if every script that had to run ran. */
    public boolean complete() {
        return failed.isEmpty();
    }

    /** The migrated config as {@code set} commands, one per line, in the order of the config.boot. */
    public String commands() {
        return Renderer.commands(lines);
    }
}
