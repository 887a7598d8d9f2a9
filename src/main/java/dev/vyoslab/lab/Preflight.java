package dev.vyoslab.lab;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testcontainers.DockerClientFactory;

/**
 * Checks the machine before anything is created, so a missing prerequisite is one clear sentence (an
 * {@link EnvironmentException}) within seconds, instead of a stack trace from deep inside Docker or QEMU or minutes
 * of Testcontainers retrying.
 */
public final class Preflight {

    /** How long Docker may take to answer a ping; a daemon that is up answers in milliseconds, also under load. */
    static final Duration DOCKER_LIMIT = Duration.ofSeconds(5);

    private final Supplier<Optional<String>> dockerProblem;
    private final Duration dockerLimit;
    private final Path tunDevice;

    /** {@code dockerProblem} is empty when Docker answers, else says why not; it is given {@code dockerLimit}. */
    Preflight(Supplier<Optional<String>> dockerProblem, Duration dockerLimit, Path tunDevice) {
        this.dockerProblem = dockerProblem;
        this.dockerLimit = dockerLimit;
        this.tunDevice = tunDevice;
    }

    /** Checks this machine: Docker answers, and microVM containers can be given {@code /dev/net/tun}. */
    public static void check() {
        machine().run();
    }

    /** Checks only that Docker answers, for commands that boot nothing ({@code vyos-lab clean}). */
    public static void requireDocker() {
        machine().requireDockerAnswers();
    }

    private static Preflight machine() {
        return new Preflight(Preflight::dockerProblem, DOCKER_LIMIT, Path.of("/dev/net/tun"));
    }

    /** Pings the daemon directly where it can; elsewhere (TLS, ssh, npipe) asks Testcontainers. */
    private static Optional<String> dockerProblem() {
        Map<String, String> env = System.getenv();
        Optional<URI> endpoint = DockerPing.endpoint(env, Path.of(System.getProperty("user.home")));
        if (endpoint.isPresent() && DockerPing.speaks(endpoint.get(), env)) {
            return DockerPing.problem(endpoint.get());
        }
        return DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
                : Optional.of("Testcontainers found no Docker environment"
                        + endpoint.map(e -> " at " + e).orElse(" (no DOCKER_HOST, no docker.sock)"));
    }

    void run() {
        requireDockerAnswers();
        if (!Files.exists(tunDevice)) {
            throw new EnvironmentException(tunDevice + " is missing: microVM nodes need the TUN device for their NICs "
                    + "(load the tun module: modprobe tun)");
        }
    }

    void requireDockerAnswers() {
        // on its own daemon thread: a socket that accepts and never answers must not hold the caller or the JVM
        CompletableFuture<Optional<String>> ping = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                ping.complete(dockerProblem.get());
            } catch (RuntimeException e) {
                ping.complete(Optional.of(String.valueOf(e.getMessage())));
            }
        }, "vyoslab-docker-ping");
        t.setDaemon(true);
        t.start();
        Optional<String> problem;
        try {
            problem = ping.get(dockerLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            problem = Optional.of(String.format(Locale.ROOT, "the Docker daemon did not answer within %.1f s",
                    dockerLimit.toMillis() / 1000.0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("interrupted while checking that Docker answers", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot happen: the ping completes normally", e);
        }
        problem.ifPresent(p -> {
            throw new EnvironmentException("Docker is not available: " + p + "; start the Docker daemon or point"
                    + " DOCKER_HOST at one (`docker info` must work for this user)");
        });
    }
}
