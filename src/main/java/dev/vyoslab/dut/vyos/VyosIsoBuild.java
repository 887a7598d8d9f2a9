package dev.vyoslab.dut.vyos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a VyOS ISO with vyos-build in its Docker image ({@code vyos/vyos-build:<branch>}) and caches it by hash.
 *
 * <p>Order matters for failing fast: a cached result is returned before anything runs; then Docker and the image are
 * checked (a pull must show progress within {@link #probeTimeout}) before the source is cloned and the long build
 * starts. A failed build is explained by {@link BuildLogDiagnosis}, including the closed equuleus repository.
 */
public final class VyosIsoBuild {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.node.vyos-build");
    /** The pin's prepare script inside the checkout (git ignores nothing of it; the next checkout -f keeps it). */
    private static final String PREPARED = ".vyos-lab-prepare.py";

    private final BuildPin pin;
    private String mirror;
    private Path workDir = Path.of("target", "vyos-build");
    private Path cacheDir = VyosIso.defaultCacheDir();
    private String docker = "docker";
    private String image;
    private Duration probeTimeout = Duration.ofSeconds(20);
    private Duration pullTimeout = Duration.ofMinutes(30);
    private Duration buildTimeout = Duration.ofHours(3);

    /** A build of {@code version} (a key of {@code pins}, e.g. {@code 1.3.4} or {@code rolling}). */
    public VyosIsoBuild(String version, Path pins) {
        this.pin = BuildPin.load(pins, version);
        this.image = pin.image();
    }

    /** {@code vyos-build/versions.properties}, or {@code -Dvyos.build.pins}. */
    public static Path defaultPins() {
        return Path.of(System.getProperty("vyos.build.pins", "vyos-build/versions.properties"));
    }

    /** Package mirror passed as {@code --vyos-mirror}; the way to build 1.3 since its repository closed. */
    public VyosIsoBuild mirror(String url) {
        this.mirror = url;
        return this;
    }

    public VyosIsoBuild workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    public VyosIsoBuild cacheDir(Path dir) {
        this.cacheDir = dir;
        return this;
    }

    /** The docker client to run (tests use a fake). */
    public VyosIsoBuild docker(String executable) {
        this.docker = executable;
        return this;
    }

    /** Overrides the pinned builder image. */
    public VyosIsoBuild image(String name) {
        this.image = name;
        return this;
    }

    /** How long docker may take to answer, and a pull to show progress. */
    public VyosIsoBuild probeTimeout(Duration timeout) {
        this.probeTimeout = timeout;
        return this;
    }

    public VyosIsoBuild buildTimeout(Duration timeout) {
        this.buildTimeout = timeout;
        return this;
    }

    /** The ISO: from the cache when this pin (and mirror) was built before, else built now. */
    public VyosIso run() {
        Path marker = cacheDir.resolve("build-" + pin.version() + "-" + pin.ref().replaceAll("[^\\w.-]", "_")
                + (mirror == null || mirror.isBlank() ? "" : "-mirror" + Integer.toHexString(mirror.hashCode()))
                + ".sha256");
        Optional<VyosIso> cached = cachedResult(marker);
        if (cached.isPresent()) {
            LOG.info("VyOS {} ISO already built: {}", pin.version(), cached.get().path());
            return cached.get();
        }
        requireDocker();
        requireImage();
        Path source = checkout();
        build(source);
        Path iso = newestIso(source.resolve("build"));
        try {
            VyosIso result = VyosIso.fromFile(iso, VyosIso.sha256Of(iso), cacheDir);
            Files.writeString(marker, result.sha256() + "\n");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cache the built ISO " + iso, e);
        }
    }

    private Optional<VyosIso> cachedResult(Path marker) {
        try {
            if (Files.isRegularFile(marker)) {
                String sha = Files.readString(marker).strip();
                Path iso = cacheDir.resolve(sha + ".iso");
                if (Files.isRegularFile(iso)) {
                    return Optional.of(new VyosIso(iso, sha));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void requireDocker() {
        HostCommand c = HostCommand.run("docker-version", List.of(docker, "version", "--format", "{{.Server.Version}}"),
                probeTimeout, LOG::debug);
        if (c.exitCode() != 0) {
            throw new VyosIsoException(c.failure("Docker is needed to build a VyOS ISO but does not answer")
                    + "\n" + BuildLogDiagnosis.waysOut(pin));
        }
    }

    /** The builder image must be present, or its pull must show progress within the probe timeout. */
    private void requireImage() {
        if (HostCommand.run("image-inspect", List.of(docker, "image", "inspect", "--format", "{{.Id}}", image),
                probeTimeout, LOG::debug).exitCode() == 0) {
            return;
        }
        LOG.info("pulling the vyos-build image {}", image);
        CountDownLatch progress = new CountDownLatch(1);
        HostCommand pull = HostCommand.start("pull", List.of(docker, "pull", image), pullTimeout, Map.of(), line -> {
            LOG.info("pull: {}", line);
            if (line.contains("Pulling fs layer") || line.contains("Downloading") || line.contains("Already exists")) {
                progress.countDown();
            }
        });
        boolean moving = awaitProgress(progress, pull);
        if (!moving) {
            pull.kill();
            throw new VyosIsoException("cannot get the vyos-build image " + image + ": `docker pull` showed no progress"
                    + " within " + probeTimeout.toSeconds() + " s (no registry reachable?)\n"
                    + BuildLogDiagnosis.explain(pin, List.of("no such host")));
        }
        pull.awaitExit();
        if (pull.exitCode() != 0) {
            throw new VyosIsoException(pull.failure("cannot get the vyos-build image " + image)
                    + "\n" + BuildLogDiagnosis.explain(pin, List.of(pull.tail(20))));
        }
    }

    private Path checkout() {
        Path dir = workDir.resolve("vyos-build-" + pin.branch());
        List<String> log = new ArrayList<>();
        if (!Files.isDirectory(dir.resolve(".git"))) {
            HostCommand clone = HostCommand.run("clone", List.of("git", "-c", "http.lowSpeedLimit=1000",
                    "-c", "http.lowSpeedTime=20", "clone", "--branch", pin.branch(), BuildPin.REPOSITORY,
                    dir.toString()), Duration.ofMinutes(10), log::add);
            if (clone.exitCode() != 0) {
                throw new VyosIsoException(clone.failure("cannot clone vyos-build")
                        + "\n" + BuildLogDiagnosis.explain(pin, log));
            }
        }
        // -f: a previous run's prepare script edited the checkout; it runs again on a clean one
        HostCommand checkout = HostCommand.run("checkout", List.of("git", "-C", dir.toString(), "checkout", "-q", "-f",
                pin.ref()), Duration.ofMinutes(1), log::add);
        if (checkout.exitCode() != 0) {
            throw new VyosIsoException(checkout.failure("cannot check out the pinned vyos-build ref " + pin.ref()));
        }
        return dir.toAbsolutePath();
    }

    private void build(Path source) {
        String command = pin.command(mirror, DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC)
                .format(Instant.now()));
        if (pin.prepare().isPresent()) {
            Path script = pin.prepare().get();
            try {
                Files.copy(script, source.resolve(PREPARED), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new VyosIsoException("cannot copy the prepare script " + script + " into " + source + ": "
                        + e.getMessage(), e);
            }
            command = "python3 " + PREPARED + " && " + command;
        }
        LOG.info("building VyOS {} in {}: {}", pin.version(), image, command);
        BuildProgress progress = new BuildProgress(LOG, workDir.resolve("build-" + pin.version() + ".log"));
        HostCommand build = HostCommand.start("build", List.of(docker, "run", "--rm", "--privileged",
                "-v", source + ":/vyos", "-w", "/vyos", image, "bash", "-c", command), buildTimeout, Map.of(),
                progress::line);
        build.awaitExit();
        progress.close();
        if (build.exitCode() != 0) {
            throw new VyosIsoException(build.failure("the VyOS " + pin.version() + " build failed after "
                    + build.elapsed().toMinutes() + " min (full log: " + progress.logFile() + ")")
                    + "\n" + BuildLogDiagnosis.explain(pin, progress.lastLines()));
        }
    }

    private static Path newestIso(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".iso"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new VyosIsoException("the build succeeded but left no *.iso in " + dir));
        } catch (IOException e) {
            throw new VyosIsoException("the build succeeded but " + dir + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /** True once the pull shows progress or has ended (either way the outcome is known); false at the probe limit. */
    private boolean awaitProgress(CountDownLatch progress, HostCommand pull) {
        long deadline = System.nanoTime() + probeTimeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (progress.await(200, TimeUnit.MILLISECONDS) || pull.awaitExit(Duration.ZERO)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
