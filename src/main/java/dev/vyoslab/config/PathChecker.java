package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks one command's words down a version's {@link KeywordTree}: expands abbreviations, checks
 * value shapes, and reports what VyOS would refuse. After an unknown keyword with a clear
 * suggestion it carries on as if the suggestion had been written, so one line can show all its
 * mistakes and the semantic checks can see what the user meant.
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

    private final KeywordTree keywords;
    private final Diagnostics diag;
    private final boolean bootForm;

    PathChecker(KeywordTree keywords, Diagnostics diag, boolean bootForm) {
        this.keywords = keywords;
        this.diag = diag;
        this.bootForm = bootForm;
    }

    Checked check(Command cmd) {
        List<Word> words = cmd.words();
        List<String> path = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        boolean accepted = cmd.verb() != Command.Verb.SHOW;
        boolean deleting = cmd.verb() == Command.Verb.DELETE;
        int line = cmd.line();
        if (cmd.verb() == Command.Verb.SHOW) {
            String block = String.join(" ", words.stream().limit(4).map(Word::text).toList());
            diag.error("show-not-set", line, cmd.column(), "'show' only displays configuration, so this line"
                    + " configures nothing (did you mean 'set'?)", block);
        }
        Keyword node = keywords.root();
        boolean valueDone = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            switch (node.kind()) {
                case OPEN -> {
                    for (int j = i; j < words.size(); j++) {
                        path.add(words.get(j).text());
                    }
                    return new Checked(path, accepted, true, secrets);
                }
                case NODE -> {
                    Optional<Resolved> next = keyword(node, w, path, line);
                    if (next.isEmpty()) {
                        return new Checked(path, false, false, secrets);
                    }
                    accepted &= next.get().match() != Match.TYPO;
                    node = next.get().keyword();
                    path.add(node.name());
                }
                case TAG -> {
                    accepted &= value(node, w, path, line);
                    path.add(w.text());
                    // the words after a tag value are the children of the tag node
                    node = tagInstance(node);
                }
                case LEAF, MULTI, FLAG -> {
                    if (node.kind() == Keyword.Kind.FLAG || valueDone) {
                        diag.error("bad-value", line, w.column(), "unexpected '" + w.text() + "' after '"
                                + node.name() + "'" + (node.kind() == Keyword.Kind.FLAG ? ", which takes no value"
                                : "; quote values that contain spaces"), null);
                        return new Checked(path, false, true, secrets);
                    }
                    accepted &= value(node, w, path, line);
                    if (node.spec().isSecret()) {
                        secrets.add(w.text());
                    }
                    path.add(w.text());
                    valueDone = true;
                }
            }
        }
        boolean needsValue = (node.kind() == Keyword.Kind.LEAF || node.kind() == Keyword.Kind.MULTI) && !valueDone;
        if ((needsValue || node.kind() == Keyword.Kind.TAG) && !deleting && cmd.verb() != Command.Verb.SHOW) {
            Word last = words.get(words.size() - 1);
            diag.error("missing-value", line, last.column(), "'" + node.name() + "' needs a value: "
                    + node.spec().describe(), null);
            return new Checked(path, false, false, secrets);
        }
        return new Checked(path, accepted, true, secrets);
    }

    /** A synthetic node standing for one value of a tag: same children, read as keywords. */
    private static Keyword tagInstance(Keyword tag) {
        Keyword k = new Keyword(tag.name(), Keyword.Kind.NODE, null, List.of());
        tag.children().forEach(k::add);
        return k;
    }

    /** How a word resolved to a keyword. */
    private enum Match { EXACT, ABBREVIATION, TYPO }

    private record Resolved(Keyword keyword, Match match) {
    }

    private Optional<Resolved> keyword(Keyword node, Word w, List<String> path, int line) {
        String word = w.text();
        Optional<Keyword> exact = node.child(word);
        if (exact.isPresent()) {
            return Optional.of(new Resolved(exact.get(), Match.EXACT));
        }
        List<Keyword> prefixed = node.children().stream().filter(k -> k.name().startsWith(word)).toList();
        if (prefixed.size() == 1 && !word.isEmpty()) {
            Keyword full = prefixed.get(0);
            String message = "'" + word + "' abbreviates '" + full.name() + "': accepted when typed interactively,"
                    + " not in config.boot; write '" + full.name() + "'";
            diag.report(bootForm ? Severity.ERROR : Severity.WARNING, "abbreviation", line, w.column(), message,
                    word + " " + full.name());
            return Optional.of(new Resolved(full, bootForm ? Match.TYPO : Match.ABBREVIATION));
        }
        String where = path.isEmpty() ? "at the top level" : "under '" + String.join(" ", path) + "'";
        String key = String.join(" ", path) + " " + word;
        Optional<Keyword> hinted = node.children().stream().filter(k -> k.hints().contains(word)).findFirst();
        Optional<Keyword> close = hinted.isPresent() ? hinted
                : Suggestions.closest(word, node.children().stream().map(Keyword::name).toList()).flatMap(node::child);
        if (close.isPresent()) {
            diag.error("unknown-keyword", line, w.column(), "unknown keyword '" + word + "' " + where
                    + " (did you mean '" + close.get().name() + "'?)", key);
            return Optional.of(new Resolved(close.get(), Match.TYPO));
        }
        // a value written where its keyword belongs: "policy PBR" for "policy route PBR"
        Optional<Keyword> valueOf = node.children().stream()
                .filter(k -> k.kind() == Keyword.Kind.LEAF || k.kind() == Keyword.Kind.TAG)
                .filter(k -> k.spec().problem(word).isEmpty() && !k.spec().describe().equals("text"))
                .findFirst();
        String expected = node.children().size() <= 8
                ? "; expected one of " + String.join(", ", node.children().stream().map(Keyword::name).toList()) : "";
        String hint = valueOf.map(k -> " (did you mean '" + String.join(" ", path) + " " + k.name() + " "
                + word + "'?)").orElse(expected);
        diag.error("unknown-keyword", line, w.column(), "unknown keyword '" + word + "' " + where + hint, key);
        return Optional.empty();
    }

    private boolean value(Keyword node, Word w, List<String> path, int line) {
        String v = w.text();
        Optional<String> problem = node.spec().problem(v);
        String what = String.join(" ", path);
        if (Placeholders.isPlaceholder(w)) {
            if (problem.isPresent() || node.spec().wantsAddress()) {
                String prefixNote = v.contains("/") && !node.spec().problem(v.substring(0, v.indexOf('/')).replace('x', '0')).isPresent()
                        ? "; and it takes a bare address, without '" + v.substring(v.indexOf('/')) + "'" : "";
                diag.error("placeholder", line, w.column(), "placeholder '" + v + "' for '" + what
                        + "' is not a value VyOS accepts: " + node.spec().describe() + prefixNote, what + " " + v);
                return false;
            }
            diag.warning("placeholder", line, w.column(), "'" + v + "' for '" + what
                    + "' looks like a placeholder, not a real value", what + " " + v);
            return true;
        }
        if (problem.isPresent()) {
            String later = what.endsWith(" rule") && v.chars().allMatch(Character::isDigit)
                    ? " (VyOS 1.4 and later allow up to 999999)" : "";
            diag.error("bad-value", line, w.column(), "bad value '" + v + "' for '" + what + "': "
                    + problem.get() + later, what + " " + v);
            return false;
        }
        return true;
    }
}
