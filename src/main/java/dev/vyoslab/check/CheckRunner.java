package dev.vyoslab.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs checks one after the other (they share one lab), timing each and masking secrets in what they report. */
public final class CheckRunner {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.check");

    private final UnaryOperator<String> mask;

    /** {@code mask} removes secrets from messages ({@code VyosConfig::mask}). */
    public CheckRunner(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    /** Runs every check; {@code onResult} hears about each as it ends. */
    public List<CheckResult> run(List<Check> checks, Consumer<CheckResult> onResult) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            CheckResult r = run(check);
            results.add(r);
            onResult.accept(r);
        }
        return results;
    }

    public CheckResult run(Check check) {
        long t0 = System.nanoTime();
        CheckResult.Status status = CheckResult.Status.PASSED;
        String message = "";
        try {
            check.body().run();
        } catch (AssertionError e) {
            status = CheckResult.Status.FAILED;
            message = mask.apply(String.valueOf(e.getMessage()));
        } catch (Throwable e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            status = CheckResult.Status.ERROR;
            message = mask.apply(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info("{} {} in {} ms{}", check.id(), status, took.toMillis(), message.isEmpty() ? "" : ": " + message);
        return new CheckResult(check, status, took, message);
    }
}
