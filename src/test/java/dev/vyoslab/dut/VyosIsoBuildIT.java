package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real docker client with an image from a registry on localhost:1, which refuses at once: no packet leaves the
 * machine, and the build must fail within seconds explaining the ways out.
 */
class VyosIsoBuildIT {

    @TempDir
    Path tmp;

    @Test
    void withoutARegistryTheBuildFailsWithinSecondsWithTheExplanation() {
        HostCommand docker = HostCommand.run("docker-version", List.of("docker", "version", "--format",
                "{{.Server.Version}}"), Duration.ofSeconds(10), line -> { });
        assumeTrue(docker.exitCode() == 0, "Docker not available here: " + docker.tail(1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> new VyosIsoBuild("1.3.4", VyosIsoBuild.defaultPins())
                .image("localhost:1/vyoslab/no-such-builder:never")
                .workDir(tmp.resolve("work")).cacheDir(tmp.resolve("cache"))
                .probeTimeout(Duration.ofSeconds(10)).run())
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("cannot get the vyos-build image localhost:1/vyoslab/no-such-builder:never")
                .hasMessageContaining("--vyos-mirror")
                .hasMessageContaining("-Dvyos.iso=")
                .hasMessageContaining("-Dvyos.version=rolling");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
