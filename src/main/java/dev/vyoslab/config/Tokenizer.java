package dev.vyoslab.config;

import java.util.List;
import java.util.Optional;

/**
 * Splits one line into words the way vbash would for a VyOS command: single and double quotes,
 * backslash escapes, {@code #} comments at a word start. {@code <…>} at a word start is kept
 * as one placeholder word (in a shell it would be a redirection, so it is never a real value).
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Fills {@code out}; returns an error encoded as {@code column:message}, or empty. */
    static Optional<String> split(String line, int from, List<Word> out) {
        int i = from;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#') {
                break;
            }
            int start = i;
            if (c == '<') {
                int close = line.indexOf('>', i);
                int end = close < 0 ? wordEnd(line, i) : close + 1;
                out.add(new Word(line.substring(i, end), start + 1, true));
                i = end;
                continue;
            }
            StringBuilder w = new StringBuilder();
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                char ch = line.charAt(i);
                if (ch == '\'') {
                    int close = line.indexOf('\'', i + 1);
                    if (close < 0) {
                        return Optional.of((i + 1) + ":unterminated quote: the ' opened here is never closed");
                    }
                    w.append(line, i + 1, close);
                    i = close + 1;
                } else if (ch == '"') {
                    int j = i + 1;
                    boolean closed = false;
                    while (j < n) {
                        char d = line.charAt(j);
                        if (d == '\\' && j + 1 < n && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                            w.append(line.charAt(j + 1));
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
                        return Optional.of((i + 1) + ":unterminated quote: the \" opened here is never closed");
                    }
                    i = j + 1;
                } else if (ch == '\\' && i + 1 < n) {
                    w.append(line.charAt(i + 1));
                    i += 2;
                } else {
                    w.append(ch);
                    i++;
                }
            }
            out.add(new Word(w.toString(), start + 1, false));
        }
        return Optional.empty();
    }

    static int errorColumn(String error) {
        return Integer.parseInt(error.substring(0, error.indexOf(':')));
    }

    static String errorMessage(String error) {
        return error.substring(error.indexOf(':') + 1);
    }

    private static int wordEnd(String line, int i) {
        int j = i;
        while (j < line.length() && !Character.isWhitespace(line.charAt(j))) {
            j++;
        }
        return j;
    }
}
