package dev.vyoslab.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scenarios one after the other: each step's fault, then its check, timed from the fault. After a step fails the
 * rest of its scenario is skipped (each would only wait out its limit) and the line is restored before the next.
 */
public final class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.scenario");

    private final CheckRunner checks;

    public ScenarioRunner(CheckRunner checks) {
        this.checks = checks;
    }

    /** {@code onStep} hears each step as it ends. */
    public List<ScenarioResult> run(List<Scenario> scenarios, Consumer<ScenarioResult.Step> onStep) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.notApplicable().isPresent()) {
                LOG.info("{}: not applicable: {}", s.name(), s.notApplicable().get());
                results.add(new ScenarioResult(s.name(), s.title(), s.notApplicable(), List.of()));
                continue;
            }
            results.add(new ScenarioResult(s.name(), s.title(), s.notApplicable(), steps(s, onStep)));
        }
        return results;
    }

    private List<ScenarioResult.Step> steps(Scenario s, Consumer<ScenarioResult.Step> onStep) {
        List<ScenarioResult.Step> done = new ArrayList<>();
        long faultAt = System.nanoTime();
        String failed = null;
        try {
            for (Scenario.Step step : s.steps()) {
                ScenarioResult.Step r;
                if (failed != null) {
                    r = new ScenarioResult.Step(new CheckResult(step.check(), CheckResult.Status.SKIPPED,
                            Duration.ZERO, "not run: " + failed + " did not pass"), Duration.ZERO);
                } else {
                    CheckResult result;
                    try {
                        step.fault().ifPresent(Runnable::run);
                        faultAt = step.fault().isPresent() ? System.nanoTime() : faultAt;
                        result = checks.run(step.check());
                    } catch (RuntimeException | AssertionError e) {
                        result = new CheckResult(step.check(), CheckResult.Status.ERROR, Duration.ZERO,
                                "the fault could not be put on the line: " + e.getMessage());
                    }
                    r = new ScenarioResult.Step(result, Duration.ofNanos(System.nanoTime() - faultAt));
                    if (!result.passed()) {
                        failed = step.check().id();
                    }
                }
                done.add(r);
                onStep.accept(r);
            }
        } finally {
            try {
                s.restore().run();
            } catch (RuntimeException | AssertionError e) {
                LOG.warn("{}: the line could not be restored: {}", s.name(), e.getMessage());
            }
        }
        return done;
    }
}
