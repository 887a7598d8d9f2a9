package dev.vyoslab.check;

import java.util.List;
import java.util.Optional;

/**
 * What the config does when the line misbehaves: faults, each followed by the claims that must hold again (or be seen
 * broken) within their limit. A scenario that the config gives nothing to act on is not applicable, never a pass.
 *
 * @param name          {@code pppoe-redial}, {@code aftr-restart}, {@code bras-down}
 * @param notApplicable why it cannot run on this config, if it cannot
 * @param steps         in order; a step's fault (if any) is put on the line just before its check runs
 * @param restore       puts the line back as it was, after the last step or a failed one
 */
public record Scenario(String name, String title, Optional<String> notApplicable, List<Step> steps, Runnable restore) {

    public Scenario {
        steps = List.copyOf(steps);
    }

    static Scenario notApplicable(String name, String title, String why) {
        return new Scenario(name, title, Optional.of(why), List.of(), () -> { });
    }

    /**
     * @param fault put on the line before {@code check} runs; the scenario's time since the fault counts from it
     */
    public record Step(Optional<Runnable> fault, Check check) {

        static Step after(Runnable fault, Check check) {
            return new Step(Optional.of(fault), check);
        }

        static Step then(Check check) {
            return new Step(Optional.empty(), check);
        }
    }
}
