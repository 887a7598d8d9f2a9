package dev.vyoslab.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One phase of a lab's teardown: named steps run all at once, each on its own daemon thread, and the phase ends when
 * all are done or its deadline passes. Teardown also runs in a shutdown hook after Ctrl-C, where a slow Docker call
 * (a loaded machine, a daemon that stopped answering) must not keep the JVM from exiting: what did not finish by the
 * deadline is reported by name and left to {@code vyos-lab clean}. Daemon threads, so a step stuck in a socket read
 * does not hold the JVM either.
 */
final class Teardown {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.lab");

    private final String what;
    private final Map<String, Runnable> steps = new LinkedHashMap<>();

    Teardown(String what) {
        this.what = what;
    }

    /** Adds a step; a step that throws is logged and counts as done (there is nothing else to undo for it). */
    Teardown step(String name, Runnable step) {
        steps.put(name, step);
        return this;
    }

    /** Runs every step in parallel; returns the names of the steps still running when {@code deadline} passed. */
    List<String> run(long deadlineNanos) {
        Map<String, CompletableFuture<Void>> running = new LinkedHashMap<>();
        steps.forEach((name, step) -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    LOG.warn("{}: {} failed: {}", what, name, e.getMessage());
                } finally {
                    done.complete(null);
                }
            }, "vyoslab-teardown-" + name);
            t.setDaemon(true);
            t.start();
            running.put(name, done);
        });
        List<String> unfinished = new ArrayList<>();
        boolean interrupted = false;
        for (var entry : running.entrySet()) {
            // an interrupted caller (a test's time limit ran out) still gets its lab removed: wait on, then re-raise
            while (true) {
                try {
                    entry.getValue().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                    break;
                } catch (TimeoutException e) {
                    unfinished.add(entry.getKey());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("cannot happen: steps complete normally", e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return unfinished;
    }

    static long deadline(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }
}
