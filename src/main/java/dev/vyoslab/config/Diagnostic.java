package dev.vyoslab.config;

import java.util.Objects;

/**
 * One finding about a config, pinned to its place in the source.
 *
 * @param file     source name as given to the parser (file name, not a full path)
 * @param line     1-based line, 0 if unknown
 * @param column   1-based column, 0 if unknown
 * @param severity how bad it is
 * @param code     stable identifier of the kind of finding, e.g. {@code unknown-keyword}; see {@link #CODES}
 * @param message  plain-language message, no trailing period
 */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message) {

    /** Every code this package emits, for documentation and tests. */
    public static final java.util.List<String> CODES = java.util.List.of(
            "syntax", "unreadable", "empty", "ignored-command", "show-not-set", "unknown-keyword",
            "abbreviation", "bad-value", "missing-value", "placeholder", "undefined-reference",
            "dhcp-range-contains-static", "empty-policy-table", "dnat-without-firewall-accept",
            "firewall-rule-too-broad", "commit-refused", "migrated-syntax", "internal");

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Like a compiler: {@code published.conf:57:5: error: unknown keyword 'inetrface' (did you mean 'interfaces'?)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
