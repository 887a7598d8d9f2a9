package dev.vyoslab.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one scenario ended: each step's result with the time since the last fault when it ended (the time to recover),
 * or why it was not applicable.
 */
public record ScenarioResult(String name, String title, Optional<String> notApplicable, List<Step> steps) {

    public ScenarioResult {
        steps = List.copyOf(steps);
    }

    /** @param sinceFault from the last fault put on the line to the end of this step */
    public record Step(CheckResult result, Duration sinceFault) {
    }

    /** A scenario that ran and had a step not pass; one not applicable has not failed (nor passed). */
    public boolean failed() {
        return steps.stream().anyMatch(s -> !s.result().passed());
    }
}
