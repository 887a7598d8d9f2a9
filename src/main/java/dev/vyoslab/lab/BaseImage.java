package dev.vyoslab.lab;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/** {@code debian:bookworm-slim}, which every lab image starts from: present, pulled, or a clear explanation. */
public final class BaseImage {

    public static final String NAME = "debian:bookworm-slim";
    /** About 30 MB: seconds on a working connection; a registry that does not answer fails in well under this. */
    static final Duration PULL_LIMIT = Duration.ofSeconds(60);

    private BaseImage() {
    }

    /** Ensures the base image is present, pulling it if needed; fails with what to do when it cannot be had. */
    public static void require() {
        var docker = DockerClientFactory.instance().client();
        if (!docker.listImagesCmd().withImageNameFilter(NAME).exec().isEmpty()) {
            return;
        }
        try {
            // bounded: where a registry accepts and never sends, the daemon's pull has no limit of its own
            boolean done = docker.pullImageCmd(NAME).start().awaitCompletion(PULL_LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (done && !docker.listImagesCmd().withImageNameFilter(NAME).exec().isEmpty()) {
                return;
            }
        } catch (RuntimeException e) {
            // explained below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new EnvironmentException("the base image " + NAME + " is not on this machine and could not be pulled"
                + " (limit " + PULL_LIMIT.toSeconds() + " s); "
                + "on a machine without registry access make it locally with scripts/make-base-image "
                + "(debootstrap + docker import)");
    }
}
