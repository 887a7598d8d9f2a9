package dev.vyoslab.lab;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        Preflight.requireDocker(); // before Testcontainers, whose discovery may retry for minutes
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
        Preflight.requireDocker();
        return clean(Lab.RUN_LABEL + "=" + runId);
    }

    /** Containers, networks and bridge rules of one run that still exist. */
    public static List<String> leftovers(String runId) {
        DockerClient docker = DockerClientFactory.instance().client();
        Map<String, String> label = Map.of(Lab.RUN_LABEL, runId);
        var containers = docker.listContainersCmd().withShowAll(true).withLabelFilter(label).exec().stream()
                .map(c -> "container " + String.join(",", c.getNames()));
        var networks = docker.listNetworksCmd().withFilter("label", List.of(Lab.RUN_LABEL + "=" + runId)).exec()
                .stream().map(n -> "network " + n.getName());
        var rules = BridgeFilter.rulesOf(runId).stream().map(r -> "bridge rule " + r);
        return Stream.of(containers, networks, rules).flatMap(s -> s).toList();
    }

    /** Removes (killing first) the containers of one run; a lab's teardown calls it after stopping its nodes. */
    static int removeContainers(String runId) {
        return removeContainersLabelled(Lab.RUN_LABEL + "=" + runId);
    }

    private static int clean(String labelFilter) {
        return removeContainersLabelled(labelFilter) + removeNetworksLabelled(labelFilter);
    }

    private static int removeContainersLabelled(String labelFilter) {
        DockerClient docker = DockerClientFactory.instance().client();
        int removed = 0;
        for (var c : docker.listContainersCmd().withShowAll(true).withLabelFilter(List.of(labelFilter)).exec()) {
            try {
                docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
                LOG.info("removed container {}", String.join(",", c.getNames()));
                removed++;
            } catch (NotFoundException | ConflictException e) {
                // removed meanwhile (or being removed) by its own node's stop or Testcontainers' shutdown hook
            }
        }
        return removed;
    }

    private static int removeNetworksLabelled(String labelFilter) {
        DockerClient docker = DockerClientFactory.instance().client();
        int removed = 0;
        for (var n : docker.listNetworksCmd().withFilter("label", List.of(labelFilter)).exec()) {
            try {
                docker.removeNetworkCmd(n.getId()).exec();
                LOG.info("removed network {}", n.getName());
                removed++;
            } catch (NotFoundException e) {
                // removed meanwhile by its segment
            }
        }
        return removed;
    }
}
