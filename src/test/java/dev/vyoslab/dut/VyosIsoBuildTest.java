package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uses a fake docker client: no Docker, no network. */
class VyosIsoBuildTest {

    private static final Path PINS = Path.of("vyos-build/versions.properties");

    @TempDir
    Path tmp;

    private String fakeDocker(String pullBody) throws IOException {
        Path docker = tmp.resolve("docker");
        Files.writeString(docker, "#!/bin/sh\n"
                + "case \"$1\" in\n"
                + "  version) echo 20.10.24 ;;\n"
                + "  image) echo \"Error: No such image: $5\" >&2; exit 1 ;;\n"
                + "  pull) " + pullBody + " ;;\n"
                + "  *) echo \"unexpected docker $*\" >&2; exit 99 ;;\n"
                + "esac\n");
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        return docker.toString();
    }

    private VyosIsoBuild build(String docker) {
        return new VyosIsoBuild("1.3.4", PINS).docker(docker).workDir(tmp.resolve("work"))
                .cacheDir(tmp.resolve("cache")).probeTimeout(Duration.ofSeconds(2));
    }

    @Test
    void unpullableImageFailsWithinSecondsAndListsTheWaysOut() throws IOException {
        String docker = fakeDocker("echo 'Error response from daemon: Get \"https://localhost:1/v2/\": dial tcp"
                + " 127.0.0.1:1: connect: connection refused' >&2; exit 1");
        long start = System.nanoTime();
        assertThatThrownBy(() -> build(docker).run())
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("cannot get the vyos-build image vyos/vyos-build:equuleus")
                .hasMessageContaining("connection refused")
                .hasMessageContaining("closed")
                .hasMessageContaining("--vyos-mirror")
                .hasMessageContaining("-Dvyos.iso=")
                .hasMessageContaining("rolling");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void pullWithoutProgressIsKilledAfterTheProbeTimeout() throws IOException {
        String docker = fakeDocker("exec sleep 600");
        long start = System.nanoTime();
        assertThatThrownBy(() -> build(docker).run())
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("showed no progress within 2 s")
                .hasMessageContaining("Ways out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void dockerThatDoesNotAnswerFailsFast() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> build(tmp.resolve("no-docker-here").toString()).run())
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("Docker is needed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void secondRunReturnsTheCachedIsoWithoutRunningAnything() throws IOException {
        String sha = "d".repeat(64);
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Files.writeString(cache.resolve(sha + ".iso"), "built before");
        Files.writeString(cache.resolve("build-1.3.4-equuleus.sha256"), sha + "\n");
        VyosIso iso = build(tmp.resolve("no-docker-here").toString()).run();
        assertThat(iso.sha256()).isEqualTo(sha);
        assertThat(iso.path()).hasContent("built before");
    }

    @Test
    void pinsGiveBranchImageAndConfigureFlags() {
        BuildPin pin = BuildPin.load(PINS, "1.3.4");
        assertThat(pin.branch()).isEqualTo("equuleus");
        assertThat(pin.image()).isEqualTo("vyos/vyos-build:equuleus");
        assertThat(pin.command(null)).isEqualTo(
                "./configure --architecture amd64 --build-type release --version 1.3.4 && sudo make iso");
        assertThat(pin.command("http://mirror.example/vyos")).contains("--version 1.3.4 --vyos-mirror"
                + " http://mirror.example/vyos && sudo make iso");
        assertThat(BuildPin.load(PINS, "rolling").branch()).isEqualTo("current");
        assertThatThrownBy(() -> BuildPin.load(PINS, "1.2.9")).hasMessageContaining("pinned versions: [1.3.4, rolling]");
    }

    @Test
    void refusedEquuleusRepositoryIsExplained() {
        String why = BuildLogDiagnosis.explain(BuildPin.load(PINS, "1.3.4"), List.of(
                "E: Failed to fetch http://dev.packages.vyos.net/repositories/equuleus/dists/equuleus/InRelease"
                        + "  403  Forbidden [IP: 192.0.2.10 80]"));
        assertThat(why).contains("refused the download").contains("closed to the public since 2024")
                .contains("--vyos-mirror").contains("VYOS_ISO_URL").contains("-Dvyos.version=rolling");
    }
}
