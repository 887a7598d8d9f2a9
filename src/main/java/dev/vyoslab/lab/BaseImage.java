package dev.vyoslab.lab;

import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;

/** {@code debian:bookworm-slim}, which every lab image starts from: present, pulled, or a clear explanation. */
public final class BaseImage {

    public static final String NAME = "debian:bookworm-slim";

    private BaseImage() {
    }

    /** Ensures the base image is present, pulling it if needed; fails with what to do when it cannot be had. */
    public static void require() {
        var docker = DockerClientFactory.instance().client();
        if (!docker.listImagesCmd().withImageNameFilter(NAME).exec().isEmpty()) {
            return;
        }
        try {
            boolean done = docker.pullImageCmd(NAME).start().awaitCompletion(120, TimeUnit.SECONDS);
            if (done && !docker.listImagesCmd().withImageNameFilter(NAME).exec().isEmpty()) {
                return;
            }
        } catch (RuntimeException e) {
            // explained below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LabException("the base image " + NAME + " is not on this machine and cannot be pulled; "
                + "on a machine without registry access make it locally with scripts/make-base-image "
                + "(debootstrap + docker import)");
    }
}
