package dev.vyoslab.check;

import java.time.Duration;

/**
 * How one check ended.
 *
 * @param message the failure message (expected, seen, evidence), masked; empty when passed
 */
public record CheckResult(Check check, Status status, Duration duration, String message) {

    public enum Status {
        PASSED,
        /** The claim does not hold: an {@link AssertionError}. */
        FAILED,
        /** The check could not run (the lab broke, a command could not be sent). */
        ERROR,
        /** Not run: a scenario step before it failed, and it would only wait out its limit. */
        SKIPPED
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
