package dev.vyoslab.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns bytes or text into a {@link VyosConfig}: decoding, form detection, reading, keyword
 * checks against the command tree of a VyOS version, the accepted and intended trees, intent and semantic checks.
 */
final class ConfigReader {

    /** The release train configs are checked against unless told otherwise (the seed's 1.3.4). */
    static final VyosVersion DEFAULT_VERSION = VyosVersion.V1_3;

    private ConfigReader() {
    }

    static VyosConfig read(String name, byte[] bytes, VyosVersion version) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return unreadable(name, version, "binary file (NUL byte at offset " + i + "); expected set commands or"
                        + " a config.boot");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return read(name, text, version);
        } catch (CharacterCodingException e) {
            return unreadable(name, version, "not UTF-8 text (binary file?); expected set commands or a config.boot");
        }
    }

    static VyosConfig read(String name, String input, VyosVersion version) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        if (text.chars().anyMatch(c -> c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f'))) {
            return unreadable(name, version, "binary content (control characters); expected set commands or a config.boot");
        }
        Diagnostics diag = new Diagnostics(name);
        boolean boot = FormDetector.isBoot(text);
        List<Command> commands;
        Optional<String> configVersion = Optional.empty();
        if (boot) {
            BootReader.Result r = BootReader.read(text, diag);
            commands = r.commands();
            configVersion = r.configVersion();
        } else {
            commands = SetScriptReader.read(text, diag);
        }
        MigratedSyntax migrated = boot ? MigratedSyntax.of(version, configVersion) : MigratedSyntax.NONE;
        PathChecker checker = new PathChecker(version, diag, boot, migrated);
        ConfigTree accepted = new ConfigTree();
        ConfigTree intended = new ConfigTree();
        Map<List<String>, Integer> lines = new HashMap<>();
        Set<String> secrets = new LinkedHashSet<>();
        boolean refusedAny = false;
        for (Command cmd : commands) {
            PathChecker.Checked c = checker.check(cmd);
            refusedAny |= !c.accepted() && cmd.verb() != Command.Verb.DELETE;
            secrets.addAll(c.secrets());
            if (cmd.verb() == Command.Verb.DELETE) {
                if (c.recoverable()) {
                    accepted.remove(c.path());
                    intended.remove(c.path());
                }
                continue;
            }
            if (c.accepted()) {
                accepted.add(c.path(), cmd.line());
                lines.putIfAbsent(c.path(), cmd.line());
            }
            if (c.recoverable()) {
                intended.add(c.path(), cmd.line());
            }
        }
        if (commands.isEmpty() && !diag.hasErrors()) {
            diag.error("empty", 0, 0, text.isBlank() ? "empty file: no configuration in it"
                    : "no configuration commands in the file (only comments or ignored commands)", null);
        }
        Intent intent;
        try {
            // nothing refused: nothing recovered either, so the two trees are the same
            boolean same = !refusedAny;
            intent = IntentBuilder.build(accepted);
            // what VyOS's verify() refuses at commit, on what VyOS would have accepted line by line
            commitChecks(name, accepted, intended, version, migrated.footerOlder(), diag);
            SemanticChecks.run(same ? intent : IntentBuilder.build(intended), same ? accepted : intended, diag);
        } catch (RuntimeException e) {
            // a bug here must not cost the user their diagnostics, nor show them a stack trace
            diag.error("internal", 0, 0, "vyos-lab could not derive the intent (" + e + "); please report this with"
                    + " the config", null);
            intent = IntentBuilder.build(new ConfigTree());
        }
        return new VyosConfig(name, version, accepted, diag.list(), lines, intent, secrets, configVersion,
                boot ? Optional.of(text) : Optional.empty());
    }

    /**
     * What VyOS's commit refuses, on what it would have accepted line by line. A refusal about an object one of whose
     * lines is already an error is left out: it follows from that error (a refused source-address leaves a tunnel
     * without one). A config.boot from an older release is migrated by VyOS before its commit, and the migration may
     * resolve what the checks refuse as written (1.4.0's dhcp-server migration disables duplicate static mappings):
     * there each refusal is a warning that says so.
     */
    private static void commitChecks(String name, ConfigTree accepted, ConfigTree intended, VyosVersion version,
                                     boolean beforeMigration, Diagnostics diag) {
        Diagnostics commit = new Diagnostics(name);
        CommitChecks.run(accepted, version, commit);
        Set<Integer> errorLines = new HashSet<>();
        diag.list().stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> errorLines.add(d.line()));
        for (Diagnostic d : commit.list()) {
            List<String> subject = CommitChecks.subject(d);
            boolean follows = !subject.isEmpty() && intended.node(subject).map(n -> linesOf(n).stream()
                    .anyMatch(errorLines::contains)).orElse(false);
            if (follows) {
                continue;
            }
            if (beforeMigration) {
                diag.warning(d.code(), d.line(), d.column(), d.message() + " (as written; this config.boot's version"
                        + " footer is older, so VyOS's migration scripts rewrite it before the commit: 'vyos-lab"
                        + " migrate' shows the result)", null);
            } else {
                diag.error(d.code(), d.line(), d.column(), d.message(), null);
            }
        }
    }

    private static Set<Integer> linesOf(ConfigNode n) {
        Set<Integer> lines = new HashSet<>();
        lines.add(n.line());
        n.children().forEach(c -> lines.addAll(linesOf(c)));
        return lines;
    }

    private static VyosConfig unreadable(String name, VyosVersion version, String why) {
        Diagnostics diag = new Diagnostics(name);
        diag.error("unreadable", 0, 0, why, null);
        ConfigTree empty = new ConfigTree();
        return new VyosConfig(name, version, empty, diag.list(), Map.of(), IntentBuilder.build(empty), Set.of(), Optional.empty(),
                Optional.empty());
    }
}
