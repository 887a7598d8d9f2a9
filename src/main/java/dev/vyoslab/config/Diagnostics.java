package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects diagnostics for one source. The same mistake repeated on several lines (one typo in
 * five commands of a block) is reported once, at its first line, with "(also on lines …)".
 */
final class Diagnostics {

    private final String file;
    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private int unkeyed;

    Diagnostics(String file) {
        this.file = file;
    }

    private static final class Entry {
        final Diagnostic first;
        final List<Integer> alsoOn = new ArrayList<>();

        Entry(Diagnostic first) {
            this.first = first;
        }
    }

    String file() {
        return file;
    }

    /** Reports a finding; {@code key} groups repeats of the same mistake (null: never grouped). */
    void report(Severity severity, String code, int line, int column, String message, String key) {
        Diagnostic d = new Diagnostic(file, line, column, severity, code, message);
        String k = key == null ? "#" + unkeyed++ : code + "\u0000" + key;
        Entry e = byKey.get(k);
        if (e == null) {
            byKey.put(k, new Entry(d));
        } else if (line != e.first.line() && !e.alsoOn.contains(line)) {
            e.alsoOn.add(line);
        }
    }

    void error(String code, int line, int column, String message, String key) {
        report(Severity.ERROR, code, line, column, message, key);
    }

    void warning(String code, int line, int column, String message, String key) {
        report(Severity.WARNING, code, line, column, message, key);
    }

    void note(String code, int line, int column, String message, String key) {
        report(Severity.NOTE, code, line, column, message, key);
    }

    boolean hasErrors() {
        return byKey.values().stream().anyMatch(e -> e.first.severity() == Severity.ERROR);
    }

    /** All findings sorted by line, then column; repeats folded into their first occurrence. */
    List<Diagnostic> list() {
        List<Diagnostic> out = new ArrayList<>();
        for (Entry e : byKey.values()) {
            Diagnostic d = e.first;
            if (!e.alsoOn.isEmpty()) {
                d = new Diagnostic(d.file(), d.line(), d.column(), d.severity(), d.code(),
                        d.message() + " (also on line" + (e.alsoOn.size() > 1 ? "s " : " ")
                                + String.join(", ", e.alsoOn.stream().map(String::valueOf).toList()) + ")");
            }
            out.add(d);
        }
        // per-line findings (with a column) before the cross-config ones on the same line
        out.sort(Comparator.comparingInt(Diagnostic::line)
                .thenComparingInt(d -> d.column() == 0 ? Integer.MAX_VALUE : d.column()));
        return out;
    }
}
