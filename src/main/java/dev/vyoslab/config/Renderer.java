package dev.vyoslab.config;

import java.util.List;

/** Renders a tree as set commands for a VyOS version (1.4/rolling via {@link SyntaxUpgrade}). */
final class Renderer {

    private Renderer() {
    }

    static String render(VyosConfig config, VyosVersion version) {
        if (version == config.version()) {
            return commands(config.tree().paths());
        }
        SyntaxUpgrade.Result up = SyntaxUpgrade.to(version, config.tree());
        StringBuilder s = new StringBuilder();
        for (String problem : up.untranslated()) {
            s.append("# cannot translate: ").append(problem).append('\n');
        }
        for (String note : up.notes()) {
            s.append("# note: ").append(note).append('\n');
        }
        return s.append(commands(up.paths())).toString();
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
