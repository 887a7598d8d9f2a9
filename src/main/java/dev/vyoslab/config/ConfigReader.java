package dev.vyoslab.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
        PathChecker checker = new PathChecker(version, diag, boot,
                boot ? MigratedSyntax.of(version, configVersion) : MigratedSyntax.NONE);
        ConfigTree accepted = new ConfigTree();
        ConfigTree intended = new ConfigTree();
        Map<List<String>, Integer> lines = new HashMap<>();
        Set<String> secrets = new LinkedHashSet<>();
        for (Command cmd : commands) {
            PathChecker.Checked c = checker.check(cmd);
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
            // without errors nothing was refused or recovered, so the two trees are the same
            boolean same = !diag.hasErrors();
            intent = IntentBuilder.build(accepted);
            // what VyOS's verify() refuses at commit, on what VyOS would have accepted line by line
            CommitChecks.run(accepted, version, diag);
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

    private static VyosConfig unreadable(String name, VyosVersion version, String why) {
        Diagnostics diag = new Diagnostics(name);
        diag.error("unreadable", 0, 0, why, null);
        ConfigTree empty = new ConfigTree();
        return new VyosConfig(name, version, empty, diag.list(), Map.of(), IntentBuilder.build(empty), Set.of(), Optional.empty(),
                Optional.empty());
    }
}
