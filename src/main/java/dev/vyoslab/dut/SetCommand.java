package dev.vyoslab.dut;

import java.util.ArrayList;
import java.util.List;

/** One {@code set} command to send to VyOS: its config path (words, unquoted) and the line as typed. */
record SetCommand(List<String> path, String text) {

    /** Parses a rendered {@code set ...} line; words may be quoted with ' or ". */
    static SetCommand parse(String line) {
        List<String> words = words(line.strip());
        if (words.isEmpty() || !words.get(0).equals("set")) {
            throw new IllegalArgumentException("not a set command: " + line);
        }
        return new SetCommand(List.copyOf(words.subList(1, words.size())), line.strip());
    }

    /** Builds the command for a path, quoting every word that the shell would split or expand. */
    static SetCommand of(List<String> path) {
        StringBuilder s = new StringBuilder("set");
        for (String w : path) {
            s.append(' ').append(w.matches("[\\w./:@,+-]+") ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return new SetCommand(List.copyOf(path), s.toString());
    }

    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
