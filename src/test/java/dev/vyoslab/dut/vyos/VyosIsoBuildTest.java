package dev.vyoslab.dut.vyos;

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
        Files.writeString(cache.resolve("build-1.3.4-1.3.4.sha256"), sha + "\n");
        VyosIso iso = build(tmp.resolve("no-docker-here").toString()).run();
        assertThat(iso.sha256()).isEqualTo(sha);
        assertThat(iso.path()).hasContent("built before");
    }

    @Test
    void pinsGiveBranchImageAndConfigureFlags() {
        BuildPin pin = BuildPin.load(PINS, "1.3.4");
        assertThat(pin.branch()).isEqualTo("equuleus");
        assertThat(pin.image()).isEqualTo("vyos/vyos-build:equuleus");
        assertThat(pin.command(null, "202612020100")).isEqualTo(
                "./configure --architecture amd64 --build-type release --version 1.3.4 && sudo make iso");
        assertThat(pin.command("http://mirror.example/vyos", "202612020100")).contains("--version 1.3.4 --vyos-mirror"
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

    @Test
    void oneThreeFourIsPinnedToItsTagAndRepairsItsRepositoriesFirst() {
        BuildPin pin = BuildPin.load(PINS, "1.3.4");
        assertThat(pin.ref()).isEqualTo("1.3.4");
        assertThat(pin.prepare()).hasValueSatisfying(p -> assertThat(p).endsWith(Path.of("equuleus-repositories.py"))
                .isRegularFile());
    }

    @Test
    void theRepairPointsBusterAtTheArchiveAndDropsTheDeadRepositories() throws Exception {
        for (String fixture : List.of("vyos-build-1.3.4_data-defaults.json",
                "vyos-build-equuleus-64aee19_data-defaults.json")) {
            Path json = tmp.resolve(fixture);
            Files.writeString(json, Resources.text("build/" + fixture));
            Process p = new ProcessBuilder("python3", "vyos-build/equuleus-repositories.py", json.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(out).isZero();
            assertThat(out).contains("dropped repository: deb [arch=amd64] https://repo.saltproject.io");
            assertThat(Files.readString(json))
                    .contains("\"debian_mirror\": \"http://archive.debian.org/debian\"")
                    .contains("\"debian_security_mirror\": \"http://archive.debian.org/debian-security\"")
                    .contains("repo.powerdns.com").doesNotContain("saltproject", "local.deb.vyos.io", "deb.debian.org");
        }
    }

    @Test
    void rollingIsBuiltWithAVersionAndThePublicMirror() {
        String command = BuildPin.load(PINS, "rolling").command(null, "202612020100");
        // vyos-build@current scripts/image-build/build-vyos-image: a release build names the ISO after --version
        assertThat(command).contains("--build-type release --version 1.5-rolling-202612020100")
                .contains("--vyos-mirror https://rolling-packages.vyos.net/current/").doesNotContain("${");
        assertThat(BuildPin.load(PINS, "rolling").command("http://own.example/", "1")).contains(
                "--vyos-mirror http://own.example/").doesNotContain("rolling-packages");
    }

    @Test
    void theDiagnosisNamesTheRepositoryThatFailed() {
        BuildPin pin = BuildPin.load(PINS, "1.3.4");
        assertThat(BuildLogDiagnosis.explain(pin, List.of("Get:1 http://archive.debian.org/debian buster InRelease",
                "Err:7 https://repo.saltproject.io/py3/debian/10/amd64/3003 buster InRelease",
                "  Could not resolve 'repo.saltproject.io'", "Reading package lists...")))
                .startsWith("The repository that failed: https://repo.saltproject.io/py3/debian/10/amd64/3003"
                        + " (buster InRelease Could not resolve 'repo.saltproject.io'): retired by the Salt project");
        assertThat(BuildLogDiagnosis.failedRepository(List.of("E: Failed to fetch http://dev.packages.vyos.net/"
                + "repositories/equuleus/dists/equuleus/InRelease  403  Forbidden [IP: 192.0.2.10 80]")))
                .hasValueSatisfying(r -> assertThat(r).startsWith("http://dev.packages.vyos.net/repositories/equuleus (")
                        .contains("403 Forbidden").endsWith("closed to the public for this release train"));
        assertThat(BuildLogDiagnosis.failedRepository(List.of("E: The repository 'http://deb.debian.org/debian buster"
                + " Release' does not have a Release file."))).hasValueSatisfying(r -> assertThat(r)
                .startsWith("http://deb.debian.org/debian (").contains("archive.debian.org"));
        assertThat(BuildLogDiagnosis.failedRepository(List.of("P: Building the ISO", "make: *** [iso] Error 1")))
                .isEmpty();
    }
}
