package dev.vyoslab.junit;

import dev.vyoslab.world.LabPlan;
import dev.vyoslab.world.LabRun;
import dev.vyoslab.world.Progress;
import dev.vyoslab.world.RunInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The labs of one test run, shared by every class whose config needs the same lab (the same plan on the same device):
 * the expensive lab once, the class's own config applied to it when the class starts. A class holds its lab until it
 * ends, so classes running in parallel never apply to the same router at once. An idle lab of another plan is closed
 * before a new one starts, so a serial run holds one lab at a time.
 */
final class SharedLabs implements AutoCloseable {

    private record Key(LabPlan plan, Object device, Object version) {
    }

    private static final class Held {
        final Semaphore holder = new Semaphore(1);
        LabRun run;
    }

    private final Map<Key, Held> labs = new LinkedHashMap<>();

    /** The lab for {@code input}, started or re-applied with its config, held by the caller until {@link #release}. */
    LabRun acquire(RunInput input, Progress progress) {
        Key key = new Key(input.plan(), input.device(), input.version());
        Held held;
        synchronized (this) {
            held = labs.computeIfAbsent(key, k -> new Held());
        }
        held.holder.acquireUninterruptibly();
        try {
            if (held.run == null) {
                closeIdleExcept(held);
                held.run = LabRun.start(input, progress);
            } else {
                held.run.apply(input);
            }
            return held.run;
        } catch (RuntimeException e) {
            held.holder.release();
            throw e;
        }
    }

    void release(LabRun run) {
        synchronized (this) {
            labs.values().stream().filter(h -> h.run == run).findFirst().ifPresent(h -> h.holder.release());
        }
    }

    private void closeIdleExcept(Held keep) {
        List<Held> idle = new ArrayList<>();
        synchronized (this) {
            for (Held h : labs.values()) {
                if (h != keep && h.run != null && h.holder.tryAcquire()) {
                    idle.add(h);
                }
            }
        }
        for (Held h : idle) {
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
