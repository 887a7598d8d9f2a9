package dev.vyoslab.world;

/** What a run's exit status means; each code means one thing (README documents them). */
public enum ExitCode {
    /** Every check passed. */
    PASSED(0),
    /** A check failed, including a router that never converged (reported as a failed check with what was seen). */
    CHECK_FAILED(1),
    /** Bad input (file:line and the reason) or a config the router refuses (its message, on the config line). */
    BAD_INPUT(2),
    /** The environment or the lab failed: Docker, images, a node that died (with its last lines). */
    ENVIRONMENT(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The worse of two outcomes (several runs report the worst). */
    public ExitCode worse(ExitCode other) {
        return other.code > code ? other : this;
    }
}
