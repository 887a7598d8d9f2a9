package dev.vyoslab.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Statistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** The memory a running lab's containers use now, as Docker's stats report it (QEMU guests included). */
public final class LabMemory {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.lab");

    private LabMemory() {
    }

    /** What the containers that reported their memory use together, and how many of the lab's did. */
    public record Usage(long bytes, int reporting, int containers) {
        public boolean complete() {
            return reporting == containers;
        }
    }

    /**
     * The memory used by the containers of {@code lab} that report it (Docker takes about a second per container, so
     * they are asked at once); empty when none does.
     */
    public static Optional<Usage> of(Lab lab) {
        DockerClient docker = DockerClientFactory.instance().client();
        List<Optional<Long>> used = docker.listContainersCmd().withLabelFilter(Map.of(Lab.RUN_LABEL, lab.runId()))
                .exec().parallelStream().map(c -> usage(docker, c.getId())).toList();
        List<Long> reported = used.stream().flatMap(Optional::stream).toList();
        return reported.isEmpty() ? Optional.empty() : Optional.of(new Usage(reported.stream().mapToLong(Long::longValue)
                .sum(), reported.size(), used.size()));
    }

    private static Optional<Long> usage(DockerClient docker, String id) {
        try (var callback = new ResultCallback.Adapter<Statistics>() {
            volatile Statistics stats;

            @Override
            public void onNext(Statistics s) {
                stats = s;
            }
        }) {
            docker.statsCmd(id).withNoStream(true).exec(callback).awaitCompletion(15, TimeUnit.SECONDS);
            Statistics s = callback.stats;
            if (s == null || s.getMemoryStats() == null || s.getMemoryStats().getUsage() == null) {
                LOG.debug("Docker's stats of container {} give no memory use", id);
                return Optional.empty();
            }
            // page cache is reclaimable: count what the processes hold, as `docker stats` does
            Long cache = s.getMemoryStats().getStats() == null ? null : s.getMemoryStats().getStats().getCache();
            return Optional.of(s.getMemoryStats().getUsage() - (cache == null ? 0 : cache));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("no memory use of container {} from Docker: {}", id, e.toString());
            return Optional.empty();
        }
    }
}
