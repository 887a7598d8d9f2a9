package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks one command's words down the {@link CommandTree} of a VyOS release (generated from VyOS's
 * sources): expands abbreviations, checks values against the tree's rules, and reports what VyOS would
 * refuse. The hand-written {@link KeywordTree} of the version is an overlay for what the sources do not
 * say: did-you-mean hints and which values are secrets. After an unknown keyword with a clear suggestion
 * it carries on as if the suggestion had been written, so one line can show all its mistakes and the
 * semantic checks can see what the user meant. Old syntax that VyOS's migration scripts rewrite
 * ({@link MigratedSyntax}) is a note, not an error.
 */
final class PathChecker {

    /**
     * @param path        the canonical words (abbreviations expanded, suggestions applied when recovering)
     * @param accepted    VyOS would accept the command as written
     * @param recoverable the intended path is known (for semantic checks) even if not accepted
     * @param secrets     values of secret leaves on this path
     */
    record Checked(List<String> path, boolean accepted, boolean recoverable, List<String> secrets) {
    }

    private final CommandTree tree;
    private final KeywordTree overlay;
    private final Diagnostics diag;
    private final boolean bootForm;
    private final MigratedSyntax migrated;
    /** The words of the command being checked, as written. */
    private List<String> written = List.of();

    PathChecker(VyosVersion version, Diagnostics diag, boolean bootForm, MigratedSyntax migrated) {
        this.tree = CommandTree.of(version.treeRelease());
        this.overlay = KeywordTree.of(version);
        this.diag = diag;
        this.bootForm = bootForm;
        this.migrated = migrated;
    }

    Checked check(Command cmd) {
        List<Word> words = cmd.words();
        written = words.stream().map(Word::text).toList();
        List<String> path = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        boolean accepted = cmd.verb() != Command.Verb.SHOW;
        boolean deleting = cmd.verb() == Command.Verb.DELETE;
        if (cmd.verb() == Command.Verb.SHOW) {
            String block = String.join(" ", words.stream().limit(4).map(Word::text).toList());
            diag.error("show-not-set", cmd.line(), cmd.column(), "'show' only displays configuration, so this line"
                    + " configures nothing (did you mean 'set'?)", block);
        }
        CommandNode node = tree.root();
        Optional<Keyword> hint = Optional.of(overlay.root());
        boolean valueDone = false;
        // after a tag's value, the next words are the tag's children keywords
        boolean tagValueRead = false;
        for (Word w : words) {
            CommandNode.Kind kind = node.kind() == CommandNode.Kind.TAG && tagValueRead ? CommandNode.Kind.NODE
                    : node.kind();
            switch (kind) {
                case NODE -> {
                    Optional<Resolved> next = keyword(node, hint, w, path);
                    if (next.isEmpty()) {
                        return new Checked(path, false, false, secrets);
                    }
                    accepted &= next.get().match() != Match.TYPO;
                    node = next.get().node();
                    String name = node.name();
                    hint = hint.flatMap(k -> k.child(name));
                    tagValueRead = false;
                    path.add(name);
                }
                case TAG -> {
                    accepted &= value(node, w, path);
                    path.add(w.text());
                    tagValueRead = true;
                }
                case LEAF, MULTI, FLAG -> {
                    if (node.kind() == CommandNode.Kind.FLAG || valueDone) {
                        refuse("bad-value", w, path, "unexpected '" + w.text() + "' after '" + node.name() + "'"
                                + (node.kind() == CommandNode.Kind.FLAG ? ", which takes no value"
                                : "; quote values that contain spaces"), null);
                        return new Checked(path, false, true, secrets);
                    }
                    accepted &= value(node, w, path);
                    if (hint.map(k -> k.spec() != null && k.spec().isSecret()).orElse(false)) {
                        secrets.add(w.text());
                    }
                    path.add(w.text());
                    valueDone = true;
                }
            }
        }
        boolean needsValue = (node.kind() == CommandNode.Kind.LEAF || node.kind() == CommandNode.Kind.MULTI) && !valueDone;
        if ((needsValue || (node.kind() == CommandNode.Kind.TAG && !tagValueRead)) && !deleting
                && cmd.verb() != Command.Verb.SHOW) {
            Word last = words.get(words.size() - 1);
            refuse("missing-value", last, path.subList(0, path.size() - 1), "'" + node.name() + "' needs a value: "
                    + describe(node), null);
            return new Checked(path, false, false, secrets);
        }
        return new Checked(path, accepted, true, secrets);
    }

    /** How a word resolved to a keyword. */
    private enum Match { EXACT, ABBREVIATION, TYPO }

    private record Resolved(CommandNode node, Match match) {
    }

    private Optional<Resolved> keyword(CommandNode node, Optional<Keyword> hint, Word w, List<String> path) {
        String word = w.text();
        Optional<CommandNode> exact = node.child(word);
        if (exact.isPresent()) {
            return Optional.of(new Resolved(exact.get(), Match.EXACT));
        }
        if (migratedNote(w, path)) {
            return Optional.empty();
        }
        List<CommandNode> prefixed = node.children().values().stream().filter(k -> k.name().startsWith(word)).toList();
        if (prefixed.size() == 1 && !word.isEmpty()) {
            CommandNode full = prefixed.get(0);
            // vyatta-cfg completes a unique prefix when typed; a config.boot is loaded word for word
            String message = "'" + word + "' abbreviates '" + full.name() + "': accepted when typed interactively,"
                    + " not in config.boot; write '" + full.name() + "'";
            if (bootForm) {
                pathError("abbreviation", w, message, word + " " + full.name());
                return Optional.of(new Resolved(full, Match.TYPO));
            }
            diag.warning("abbreviation", w.line(), w.column(), message, word + " " + full.name());
            return Optional.of(new Resolved(full, Match.ABBREVIATION));
        }
        String where = path.isEmpty() ? "at the top level" : "under '" + String.join(" ", path) + "'";
        String key = String.join(" ", path) + " " + word;
        List<String> names = List.copyOf(node.children().keySet());
        Optional<String> hinted = hint.stream().flatMap(k -> k.children().stream())
                .filter(k -> k.hints().contains(word) && node.children().containsKey(k.name()))
                .map(Keyword::name).findFirst();
        Optional<CommandNode> close = (hinted.isPresent() ? hinted : Suggestions.closest(word, names)).flatMap(node::child);
        if (close.isPresent()) {
            pathError("unknown-keyword", w, "unknown keyword '" + word + "' " + where
                    + " (did you mean '" + close.get().name() + "'?)", key);
            return Optional.of(new Resolved(close.get(), Match.TYPO));
        }
        // a value written where its keyword belongs: "policy PBR" for "policy route PBR"
        // (the tree's informative rules first, then the overlay's value shapes, in the overlay's order)
        Optional<String> valueOf = node.children().values().stream()
                .filter(k -> k.kind() == CommandNode.Kind.LEAF || k.kind() == CommandNode.Kind.TAG)
                .filter(k -> k.informative() && k.check(word) == ValueRule.Verdict.ACCEPTS)
                .map(CommandNode::name).findFirst()
                .or(() -> hint.stream().flatMap(h -> h.children().stream())
                        .filter(o -> o.spec() != null && node.children().containsKey(o.name()))
                        .filter(o -> o.spec().problem(word).isEmpty() && !o.spec().describe().equals("text"))
                        .map(Keyword::name).findFirst());
        String expected = names.size() <= 8 ? "; expected one of " + String.join(", ", names) : "";
        String suggestion = valueOf.map(k -> " (did you mean '" + String.join(" ", path) + " " + k + " "
                + word + "'?)").orElse(expected);
        pathError("unknown-keyword", w, "unknown keyword '" + word + "' " + where + suggestion, key);
        return Optional.empty();
    }

    private boolean value(CommandNode node, Word w, List<String> path) {
        String v = w.text();
        boolean refused = node.check(v) == ValueRule.Verdict.REFUSES;
        boolean placeholder = Placeholders.isPlaceholder(w);
        if (!refused && !placeholder) {
            return true;
        }
        String what = String.join(" ", path);
        if (placeholder) {
            if (refused || node.wantsAddress()) {
                int slash = v.indexOf('/');
                String prefixNote = slash > 0 && node.check(v.substring(0, slash).replace('x', '0')
                        .replace('X', '0')) != ValueRule.Verdict.REFUSES
                        ? "; and it takes a bare address, without '" + v.substring(slash) + "'" : "";
                diag.error("placeholder", w.line(), w.column(), "placeholder '" + v + "' for '" + what
                        + "' is not a value VyOS accepts: " + describe(node) + prefixNote, what + " " + v);
                return false;
            }
            diag.warning("placeholder", w.line(), w.column(), "'" + v + "' for '" + what
                    + "' looks like a placeholder, not a real value", what + " " + v);
            return true;
        }
        return refuse("bad-value", w, path, "bad value '" + v + "' for '" + what + "': "
                + node.problem(v).orElse("refused"), what + " " + v);
    }

    /** A refusal, or a note if VyOS's migration rewrites the words so far and {@code w}; false either way. */
    private boolean refuse(String code, Word w, List<String> path, String message, String key) {
        if (!migratedNote(w, path)) {
            pathError(code, w, message, key);
        }
        return false;
    }

    /**
     * A path the release refuses: an error in a set-command file (the {@code set} fails); in a config.boot a
     * warning, because VyOS's loader skips the path and loads the rest.
     */
    private void pathError(String code, Word w, String message, String key) {
        if (bootForm) {
            // vyatta-cfg@equuleus src/cstore/cstore.cpp Cstore::loadFile(): "Set [...] failed", then the next path
            diag.warning(code, w.line(), w.column(), message + "; VyOS " + tree.release() + " skips this path when it"
                    + " loads the config.boot and loads the rest" + (migrated.footerOlder() ? ", unless its migration"
                    + " scripts rewrite it first (the version footer is older; 'vyos-lab migrate' shows the result)"
                    : ""), key);
        } else {
            diag.error(code, w.line(), w.column(), message, key);
        }
    }

    private boolean migratedNote(Word w, List<String> path) {
        List<String> words = new ArrayList<>(path);
        words.add(w.text());
        Optional<String> script = migrated.script(words);
        script.ifPresent(s -> diag.note("migrated-syntax", w.line(), w.column(), "old syntax '" + String.join(" ", words)
                + "': VyOS's migration script " + s + " rewrites it when it loads this config.boot (its version"
                + " footer is older); the lint does not migrate, so this line is left out; 'vyos-lab migrate'"
                + " shows the result", String.join(" ", words)));
        if (script.isPresent()) {
            return true;
        }
        Optional<String> older = migrated.olderReleaseAccepting(written);
        older.ifPresent(r -> diag.note("migrated-syntax", w.line(), w.column(), "'" + String.join(" ", written)
                + "' is " + r + " syntax, not " + tree.release() + "'s: this config.boot's version footer is older,"
                + " so VyOS's migration scripts rewrite or drop it at boot; the lint does not migrate, so this line is"
                + " left out; 'vyos-lab migrate' shows the result", String.join(" ", words)));
        return older.isPresent();
    }

    private static String describe(CommandNode node) {
        List<String> parts = node.rules().stream()
                .map(c -> String.join(" or ", c.stream().map(ValueRule::describe).toList())).toList();
        return parts.isEmpty() ? "any text" : String.join(", and ", parts);
    }
}
