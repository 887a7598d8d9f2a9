package dev.vyoslab.config;

import java.util.regex.Pattern;

/** Recognises stand-ins users leave in published configs: {@code xxxxx}, {@code 2001:xxx::xx}, {@code <email address>}. */
final class Placeholders {

    private static final Pattern MASKED = Pattern.compile("[xX*]{3,}|\\.{3,}|(?i)(your[-_].*|changeme|todo|tbd)");
    private static final Pattern ADDRESS_LIKE = Pattern.compile("[0-9a-fA-FxX:./]+");

    private Placeholders() {
    }

    static boolean isPlaceholder(Word w) {
        return w.placeholder() || isPlaceholder(w.text());
    }

    static boolean isPlaceholder(String v) {
        if (v.length() > 2 && v.startsWith("<") && v.endsWith(">")) {
            return true;
        }
        if (MASKED.matcher(v).matches()) {
            return true;
        }
        // an address with x's where digits belong: 2001:xxx:x:xxx:xx, 14.x.x.x
        return ADDRESS_LIKE.matcher(v).matches() && (v.contains(":") || v.contains("."))
                && v.chars().anyMatch(c -> c == 'x' || c == 'X');
    }
}
