package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file of {@code set} commands as users keep them: comments, quoting as in vbash,
 * pasted prompts, and the interactive commands around them ({@code commit}, {@code save},
 * {@code run …}), which are ignored with a note.
 */
final class SetScriptReader {

    private static final Pattern PROMPT = Pattern.compile("^[\\w.\\-]+@[\\w.\\-]+(:[^#$]*)?[#$]\\s*");
    private static final Set<String> IGNORED = Set.of("commit", "save", "exit", "configure", "run", "compare",
            "confirm", "commit-confirm", "discard", "source", "end_configure", "begin", "end");
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "edit", "changes the editing level; write full 'set' paths instead",
            "top", "changes the editing level; write full 'set' paths instead",
            "up", "changes the editing level; write full 'set' paths instead",
            "load", "loads another file; give that file to vyos-lab instead",
            "merge", "merges another file; give that file to vyos-lab instead",
            "rollback", "restores an older revision; not a configuration command",
            "copy", "is not supported in set-command files",
            "rename", "is not supported in set-command files",
            "comment", "is not supported in set-command files");
    private static final List<String> VERBS = List.of("set", "delete", "show");

    private SetScriptReader() {
    }

    static List<Command> read(String text, Diagnostics diag) {
        List<Command> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            // a trailing backslash continues the command on the next line, as in the shell
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(' ').append(lines[++i]);
            }
            readLine(logical.toString(), lineNo, diag).ifPresent(out::add);
        }
        return out;
    }

    private static boolean endsWithContinuation(CharSequence s) {
        int n = s.length();
        int backslashes = 0;
        while (n - 1 - backslashes >= 0 && s.charAt(n - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Optional<Command> readLine(String line, int lineNo, Diagnostics diag) {
        int offset = 0;
        Matcher prompt = PROMPT.matcher(line);
        if (prompt.find()) {
            diag.note("ignored-command", lineNo, 1, "ignored the shell prompt '" + prompt.group().strip()
                    + "' pasted before the command", "prompt");
            offset = prompt.end();
        }
        List<Word> words = new ArrayList<>();
        Optional<String> error = Tokenizer.split(line, offset, words);
        if (error.isPresent()) {
            diag.error("syntax", lineNo, Tokenizer.errorColumn(error.get()), Tokenizer.errorMessage(error.get()), null);
            return Optional.empty();
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Word verb = words.get(0);
        List<Word> path = words.subList(1, words.size());
        switch (verb.text()) {
            case "set", "delete", "show" -> {
                if (path.isEmpty()) {
                    if (verb.text().equals("show")) {
                        return Optional.empty();
                    }
                    diag.error("missing-value", lineNo, verb.column(), "'" + verb.text()
                            + "' needs a configuration path", null);
                    return Optional.empty();
                }
                Command.Verb v = Command.Verb.valueOf(verb.text().toUpperCase(java.util.Locale.ROOT));
                return Optional.of(new Command(lineNo, verb.column(), v, path));
            }
            default -> {
                reportOther(verb, words, lineNo, diag);
                return Optional.empty();
            }
        }
    }

    private static void reportOther(Word verb, List<Word> words, int lineNo, Diagnostics diag) {
        String v = verb.text();
        if (v.startsWith("#!")) {
            return;
        }
        if (IGNORED.contains(v)) {
            String all = String.join(" ", words.stream().map(Word::text).toList());
            String why = switch (v) {
                case "commit", "save", "commit-confirm", "confirm" -> "the lab commits and saves once, after the whole file";
                case "run" -> "an operational command, not configuration";
                default -> "not configuration";
            };
            diag.note("ignored-command", lineNo, verb.column(), "ignored '" + all + "': " + why, all);
            return;
        }
        String why = UNSUPPORTED.get(v);
        if (why != null) {
            diag.error("syntax", lineNo, verb.column(), "'" + v + "' " + why, null);
            return;
        }
        String hint = Suggestions.closest(v, VERBS).map(s -> " (did you mean '" + s + "'?)").orElse("");
        diag.error("syntax", lineNo, verb.column(), "not a configuration command: '" + v + "'" + hint
                + "; lines must start with set, delete, commit, save or #", null);
    }
}
