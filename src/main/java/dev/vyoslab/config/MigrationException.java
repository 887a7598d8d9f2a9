package dev.vyoslab.config;

/**
 * Why a migration could not give a result: what is missing (python3, the vyos-1x sources of the ref), bad input, or
 * the migration itself failing. The message is whole: it says what to install, where to put what, or what failed.
 */
public final class MigrationException extends RuntimeException {

    /** What went wrong, so a caller can map it to its exit status. */
    public enum Reason {
        /** python3 is not installed (or too old). */
        NO_PYTHON,
        /** the vyos-1x sources of the target ref are neither cached nor downloadable. */
        NO_SOURCES,
        /** the config cannot be read, has errors, or asks for an impossible direction. */
        BAD_INPUT,
        /** the runner failed or ran out of time. */
        FAILED
    }

    private final Reason reason;

    MigrationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
