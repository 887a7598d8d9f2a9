package dev.vyoslab.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the curly-brace {@code config.boot} form into the same commands a set file gives:
 * {@code name {} opens a node, {@code name value {} a tag node, {@code name value} is a leaf,
 * a lone {@code name} a valueless leaf. Comments ({@code /* … *}{@code /}, {@code //}) are skipped,
 * except the {@code vyos-config-version} footer, which is kept.
 */
final class BootReader {

    private static final Pattern VERSION = Pattern.compile("(?:vyos|vyatta)-config-version:\\s*\"([^\"]*)\"");
    private static final Pattern RELEASE = Pattern.compile("Release version:\\s*(\\S+)");

    private final Diagnostics diag;
    private final List<Command> out = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private String configVersion;
    private String release;
    private boolean inComment;

    private record Frame(List<Word> path, int line, int[] children) {
    }

    /** What the reader found: the commands, and the footer if present. */
    record Result(List<Command> commands, Optional<String> configVersion, Optional<String> release) {
    }

    private BootReader(Diagnostics diag) {
        this.diag = diag;
        stack.push(new Frame(List.of(), 0, new int[1]));
    }

    static Result read(String text, Diagnostics diag) {
        BootReader r = new BootReader(diag);
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!r.line(lines[i], i + 1)) {
                return new Result(List.of(), Optional.empty(), Optional.empty());
            }
        }
        if (r.stack.size() > 1) {
            Frame open = r.stack.peek();
            diag.error("syntax", open.line, 0, "unbalanced braces: the '{' opened on line " + open.line
                    + " (" + words(open.path) + ") is never closed", null);
            return new Result(List.of(), Optional.empty(), Optional.empty());
        }
        return new Result(r.out, Optional.ofNullable(r.configVersion), Optional.ofNullable(r.release));
    }

    /** Processes one line; false stops reading (the structure is broken beyond recovery). */
    private boolean line(String raw, int lineNo) {
        List<Word> pending = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (i < n) {
            if (inComment) {
                int end = raw.indexOf("*/", i);
                if (end < 0) {
                    footer(raw.substring(i));
                    return true;
                }
                footer(raw.substring(i, end));
                inComment = false;
                i = end + 2;
                continue;
            }
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (raw.startsWith("/*", i)) {
                inComment = true;
                i += 2;
            } else if (raw.startsWith("//", i) || c == '#') {
                footer(raw.substring(i));
                break;
            } else if (c == '{') {
                if (pending.isEmpty() || pending.size() > 2) {
                    diag.error("syntax", lineNo, i + 1, pending.isEmpty() ? "'{' without a node name before it"
                            : "too many words before '{': " + words(pending), null);
                    return false;
                }
                List<Word> path = new ArrayList<>(stack.peek().path);
                path.addAll(pending);
                stack.peek().children[0]++;
                stack.push(new Frame(path, lineNo, new int[1]));
                pending.clear();
                i++;
            } else if (c == '}') {
                if (!statement(pending, lineNo)) {
                    return false;
                }
                pending.clear();
                if (stack.size() == 1) {
                    diag.error("syntax", lineNo, i + 1, "unbalanced braces: this '}' closes nothing", null);
                    return false;
                }
                Frame done = stack.pop();
                if (done.children[0] == 0) {
                    // an empty node such as "loopback lo { }" is still configuration
                    out.add(new Command(done.line, 1, Command.Verb.SET, done.path));
                }
                i++;
            } else if (c == '"') {
                StringBuilder w = new StringBuilder();
                int j = i + 1;
                boolean closed = false;
                while (j < n) {
                    char d = raw.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        w.append(raw.charAt(j + 1));
                        j += 2;
                    } else if (d == '"') {
                        closed = true;
                        break;
                    } else {
                        w.append(d);
                        j++;
                    }
                }
                if (!closed) {
                    diag.error("syntax", lineNo, i + 1, "unterminated quote: the \" opened here is never closed", null);
                    return false;
                }
                pending.add(new Word(w.toString(), i + 1, false));
                i = j + 1;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(raw.charAt(j)) && "{}\"".indexOf(raw.charAt(j)) < 0) {
                    j++;
                }
                pending.add(new Word(raw.substring(i, j), i + 1, raw.charAt(i) == '<' && raw.charAt(j - 1) == '>'));
                i = j;
            }
        }
        return statement(pending, lineNo);
    }

    /** A leaf line: one word (valueless) or two (name and value). */
    private boolean statement(List<Word> words, int lineNo) {
        if (words.isEmpty()) {
            return true;
        }
        if (words.size() > 2) {
            diag.error("syntax", lineNo, words.get(2).column(), "too many words for a leaf (" + words(words)
                    + "); quote values that contain spaces", null);
            return true;
        }
        List<Word> path = new ArrayList<>(stack.peek().path);
        path.addAll(words);
        stack.peek().children[0]++;
        out.add(new Command(lineNo, words.get(0).column(), Command.Verb.SET, path));
        return true;
    }

    private void footer(String comment) {
        Matcher v = VERSION.matcher(comment);
        if (v.find()) {
            configVersion = v.group(1);
        }
        Matcher r = RELEASE.matcher(comment);
        if (r.find()) {
            release = r.group(1);
        }
    }

    private static String words(List<Word> ws) {
        return String.join(" ", ws.stream().map(Word::text).toList());
    }
}
