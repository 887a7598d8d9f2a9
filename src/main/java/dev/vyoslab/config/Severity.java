package dev.vyoslab.config;

/** How bad a {@link Diagnostic} is. */
public enum Severity {
    /** VyOS would reject the command, or the lab cannot build the world it needs. */
    ERROR,
    /** VyOS accepts it, but it very likely does not do what the user meant. */
    WARNING,
    /** Informational: something was ignored or interpreted. */
    NOTE;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
