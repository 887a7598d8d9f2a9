package dev.vyoslab.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A config could not be used: it is unreadable, or its errors stop the lab from building its world.
 * The message lists the diagnostics as {@code file:line:col: severity: message} lines, never a stack trace.
 */
public final class ConfigException extends RuntimeException {

    private final List<Diagnostic> diagnostics;

    public ConfigException(String summary, List<Diagnostic> diagnostics) {
        super(summary + (diagnostics.isEmpty() ? ""
                : diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n  ", ":\n  ", ""))),
                null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ConfigException(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostics = List.of(diagnostic);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
