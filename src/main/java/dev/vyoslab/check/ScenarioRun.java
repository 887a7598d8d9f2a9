package dev.vyoslab.check;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scenario, run step by step (by {@link ScenarioRunner}, or by JUnit one test per step): each step's fault, then
 * its check, timed from the last fault; once a step has not passed the rest are skipped (each would only wait out its
 * limit). The caller restores the line after the last step.
 */
public final class ScenarioRun {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.scenario");

    private final Scenario scenario;
    private final CheckRunner checks;
    private long faultAt = System.nanoTime();
    private String failed;

    public ScenarioRun(Scenario scenario, CheckRunner checks) {
        this.scenario = scenario;
        this.checks = checks;
    }

    /** Runs {@code step} of this scenario, the next in order. */
    public ScenarioResult.Step step(Scenario.Step step) {
        if (failed != null) {
            return new ScenarioResult.Step(new CheckResult(step.check(), CheckResult.Status.SKIPPED, Duration.ZERO,
                    "not run: " + failed + " did not pass"), Duration.ZERO);
        }
        CheckResult result;
        try {
            step.fault().ifPresent(Runnable::run);
            faultAt = step.fault().isPresent() ? System.nanoTime() : faultAt;
            result = checks.run(step.check());
        } catch (RuntimeException | AssertionError e) {
            result = new CheckResult(step.check(), CheckResult.Status.ERROR, Duration.ZERO,
                    "the fault could not be put on the line: " + e.getMessage());
        }
        if (!result.passed()) {
            failed = step.check().id();
        }
        return new ScenarioResult.Step(result, Duration.ofNanos(System.nanoTime() - faultAt));
    }

    /** Puts the line back as it was; a line that cannot be restored is logged, not thrown. */
    public void restore() {
        try {
            scenario.restore().run();
        } catch (RuntimeException | AssertionError e) {
            LOG.warn("{}: the line could not be restored: {}", scenario.name(), e.getMessage());
        }
    }
}
