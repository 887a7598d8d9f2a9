package dev.vyoslab.lab;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Removes what earlier runs left behind (a run killed with SIGKILL cannot clean up): every container and network
 * labelled {@link Lab#RUN_LABEL}, or those of one run.
 */
public final class LabCleaner {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.clean");

    private LabCleaner() {
    }

    /** Leftovers of every run, temporary directories included; returns how many things were removed. */
    public static int cleanAll() {
        int removed = clean(Lab.RUN_LABEL);
        BridgeFilter.removeLeftovers();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "vyos-lab-*")) {
            for (Path dir : dirs) {
                Lab.deleteRecursively(dir);
                LOG.info("removed {}", dir);
                removed++;
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", tmp, e.getMessage());
        }
        return removed;
    }

    /** What one run left; returns how many containers and networks were removed. */
    public static int cleanRun(String runId) {
        return clean(Lab.RUN_LABEL + "=" + runId);
    }

    /** Containers and networks of one run that still exist. */
    public static List<String> leftovers(String runId) {
        DockerClient docker = DockerClientFactory.instance().client();
        Map<String, String> label = Map.of(Lab.RUN_LABEL, runId);
        var containers = docker.listContainersCmd().withShowAll(true).withLabelFilter(label).exec().stream()
                .map(c -> "container " + String.join(",", c.getNames()));
        var networks = docker.listNetworksCmd().withFilter("label", List.of(Lab.RUN_LABEL + "=" + runId)).exec()
                .stream().map(n -> "network " + n.getName());
        return java.util.stream.Stream.concat(containers, networks).toList();
    }

    private static int clean(String labelFilter) {
        DockerClient docker = DockerClientFactory.instance().client();
        int removed = 0;
        for (var c : docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(labelFilter)).exec()) {
            docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
            LOG.info("removed container {}", String.join(",", c.getNames()));
            removed++;
        }
        for (var n : docker.listNetworksCmd().withFilter("label", List.of(labelFilter)).exec()) {
            docker.removeNetworkCmd(n.getId()).exec();
            LOG.info("removed network {}", n.getName());
            removed++;
        }
        return removed;
    }
}
