package dev.vyoslab.junit;

import dev.vyoslab.world.LabPlan;
import dev.vyoslab.world.LabRun;
import dev.vyoslab.world.Progress;
import dev.vyoslab.world.RunInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The labs of one test run, shared by every class of the same lab name whose config needs the same lab (the same plan
 * on the same device):
 * the expensive lab once, the class's own config applied to it when the class starts. A class holds its lab until it
 * ends, so classes running in parallel never apply to the same router at once. Before a new lab starts, idle labs
 * are closed, oldest first, until no more than {@link #KEPT_IDLE} others are open: a class of their group may still
 * come, but memory must not grow with the number of configs a suite has. The rest close when the test run ends.
 */
final class SharedLabs implements AutoCloseable {

    private record Key(String name, LabPlan plan, Object device, Object version) {
    }

    private static final class Held {
        final Semaphore holder = new Semaphore(1);
        LabRun run;
    }

    static final int KEPT_IDLE = 2;
    /** How long a class may wait for another class of its lab to end (the longest IT class takes about 10 min). */
    private static final Duration HOLD_LIMIT = Duration.ofMinutes(40);

    private final Map<Key, Held> labs = new LinkedHashMap<>();

    /**
     * The lab named {@code name} for {@code input}, started or re-applied with its config, held by the caller until
     * {@link #release}.
     */
    LabRun acquire(String name, RunInput input, Progress progress) {
        Key key = new Key(name, input.plan(), input.device(), input.version());
        Held held;
        synchronized (this) {
            held = labs.computeIfAbsent(key, k -> new Held());
        }
        await(held, name);
        boolean acquired = false;
        try {
            if (held.run == null) {
                closeIdleExcept(held);
                held.run = LabRun.start(input, progress);
            } else {
                held.run.apply(input);
            }
            acquired = true;
            return held.run;
        } finally {
            if (!acquired) {
                held.holder.release();
            }
        }
    }

    /** Waits for the class holding the lab to end; a limit, so a class that never ends cannot hang the run. */
    private static void await(Held held, String name) {
        try {
            if (!held.holder.tryAcquire(HOLD_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                throw new ExtensionConfigurationException("lab " + name + " is still held by another test class after "
                        + HOLD_LIMIT.toMinutes() + " min");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtensionConfigurationException("interrupted waiting for lab " + name, e);
        }
    }

    void release(LabRun run) {
        synchronized (this) {
            labs.values().stream().filter(h -> h.run == run).findFirst().ifPresent(h -> h.holder.release());
        }
    }

    /** Closes the oldest idle labs until no more than {@link #KEPT_IDLE} others are open. */
    private void closeIdleExcept(Held keep) {
        List<Held> closing = new ArrayList<>();
        synchronized (this) {
            List<Held> open = labs.values().stream().filter(h -> h != keep && h.run != null).toList();
            for (Held h : open) {
                if (open.size() - closing.size() <= KEPT_IDLE) {
                    break;
                }
                if (h.holder.tryAcquire()) {
                    closing.add(h);
                }
            }
        }
        for (Held h : closing) {
            try {
                h.run.close();
            } finally {
                h.run = null;
                h.holder.release();
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Held h : labs.values()) {
            if (h.run != null) {
                h.run.close();
                h.run = null;
            }
        }
    }
}
