package dev.vyoslab.config;

import java.util.List;

/**
 * Renders a tree as set commands. A config for another release is migrated first, by VyOS's own scripts
 * ({@link Migration}), never translated here.
 */
final class Renderer {

    private Renderer() {
    }

    static String commands(List<List<String>> paths) {
        StringBuilder s = new StringBuilder();
        for (List<String> p : paths) {
            s.append("set");
            for (String w : p) {
                s.append(' ').append(quote(w));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Quotes a word only when vbash would otherwise split or interpret it. */
    static String quote(String w) {
        boolean plain = !w.isEmpty() && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || "_.:/@+,=%-".indexOf(c) >= 0);
        if (plain) {
            return w;
        }
        if (w.indexOf('\'') < 0) {
            return "'" + w + "'";
        }
        StringBuilder s = new StringBuilder("\"");
        for (char c : w.toCharArray()) {
            if ("\"\\$`".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.append('"').toString();
    }
}
