package dev.vyoslab.check;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.ThrowingRunnable;
import org.awaitility.pollinterval.IterativePollInterval;

/**
 * The one way checks wait for the lab to converge: a time limit (default 90 s under TCG, {@code -Dvyoslab.await=SECONDS}),
 * polls from 200 ms doubling to 5 s, an alias naming what is awaited, and fail-fast when a node involved has died.
 * A timeout is rethrown as the last {@link AssertionError} seen, prefixed with the alias and the time waited,
 * so the message says what never became true and what was seen instead.
 */
public final class Await {

    private static final Duration FIRST_POLL = Duration.ofMillis(200);
    private static final Duration MAX_POLL = Duration.ofSeconds(5);

    private static final ThreadLocal<Duration> SCOPED = new ThreadLocal<>();

    private Await() {
    }

    /** The default time limit, or the one {@link #within} set for this thread. */
    public static Duration limit() {
        Duration scoped = SCOPED.get();
        return scoped != null ? scoped : Duration.ofSeconds(Long.getLong("vyoslab.await", 90));
    }

    /**
     * Runs {@code body} with {@code limit} as the default limit of every wait in it: a claim that must be seen broken
     * (a fault in force) fails within it instead of waiting out the limit of a claim expected to hold.
     */
    public static void within(Duration limit, Check.Body body) throws Throwable {
        Duration outer = SCOPED.get();
        SCOPED.set(limit);
        try {
            body.run();
        } finally {
            if (outer == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(outer);
            }
        }
    }

    /** Waits until {@code assertion} passes, with the default time limit. */
    public static void until(String alias, List<ProbeHost> nodes, ThrowingRunnable assertion) {
        until(alias, limit(), nodes, assertion);
    }

    public static void until(String alias, Duration limit, List<ProbeHost> nodes, ThrowingRunnable assertion) {
        long t0 = System.nanoTime();
        try {
            Awaitility.await(alias)
                    .atMost(limit)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(IterativePollInterval.iterative(
                            d -> d.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : d.multipliedBy(2), FIRST_POLL))
                    .failFast("a node died: " + nodes.stream().map(ProbeHost::name).toList(),
                            () -> nodes.stream().anyMatch(n -> !n.alive()))
                    .untilAsserted(assertion);
        } catch (ConditionTimeoutException e) {
            Throwable last = e.getCause();
            if (!(last instanceof AssertionError)) {
                // the limit ran out while the first probe was still running: run it once to completion, so the
                // message says what was seen rather than nothing
                try {
                    assertion.run();
                    return;
                } catch (AssertionError seen) {
                    last = seen;
                } catch (Throwable other) {
                    last = other;
                }
            }
            long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            throw new AssertionError(alias + ": still not true after " + waited + " s: " + last.getMessage(), e);
        } catch (org.awaitility.core.TerminalFailureException e) {
            throw new AssertionError(alias + ": gave up: " + e.getMessage() + evidence(nodes), e);
        }
    }

    static String evidence(List<ProbeHost> nodes) {
        String logs = String.join(", ", nodes.stream().flatMap(n -> n.log().map(p -> n.name() + ": " + p).stream())
                .toList());
        return logs.isEmpty() ? "" : "\n  evidence: " + logs;
    }

    static List<ProbeHost> nodes(ProbeHost... nodes) {
        return Arrays.asList(nodes);
    }
}
