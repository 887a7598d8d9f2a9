package dev.vyoslab.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Statistics;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/** The memory a running lab's containers use now, as Docker's stats report it (QEMU guests included). */
public final class LabMemory {

    private LabMemory() {
    }

    /** Bytes used by the containers of {@code lab}; empty when Docker's stats do not say. */
    public static Optional<Long> bytes(Lab lab) {
        DockerClient docker = DockerClientFactory.instance().client();
        long total = 0;
        var containers = docker.listContainersCmd().withLabelFilter(Map.of(Lab.RUN_LABEL, lab.runId())).exec();
        for (var c : containers) {
            Optional<Long> used = usage(docker, c.getId());
            if (used.isEmpty()) {
                return Optional.empty();
            }
            total += used.get();
        }
        return containers.isEmpty() ? Optional.empty() : Optional.of(total);
    }

    private static Optional<Long> usage(DockerClient docker, String id) {
        try (var callback = new ResultCallback.Adapter<Statistics>() {
            volatile Statistics stats;

            @Override
            public void onNext(Statistics s) {
                stats = s;
            }
        }) {
            docker.statsCmd(id).withNoStream(true).exec(callback).awaitCompletion(10, TimeUnit.SECONDS);
            Statistics s = callback.stats;
            if (s == null || s.getMemoryStats() == null || s.getMemoryStats().getUsage() == null) {
                return Optional.empty();
            }
            // page cache is reclaimable: count what the processes hold, as `docker stats` does
            Long cache = s.getMemoryStats().getStats() == null ? null : s.getMemoryStats().getStats().getCache();
            return Optional.of(s.getMemoryStats().getUsage() - (cache == null ? 0 : cache));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
