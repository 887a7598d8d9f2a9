package dev.vyoslab.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/**
 * Checks the machine before anything is created, so a missing prerequisite is one clear sentence instead of a stack
 * trace from deep inside Docker or QEMU.
 */
public final class Preflight {

    private final BooleanSupplier dockerAvailable;
    private final Path tunDevice;

    Preflight(BooleanSupplier dockerAvailable, Path tunDevice) {
        this.dockerAvailable = dockerAvailable;
        this.tunDevice = tunDevice;
    }

    /** Checks this machine: Docker answers, and microVM containers can be given {@code /dev/net/tun}. */
    public static void check() {
        new Preflight(() -> DockerClientFactory.instance().isDockerAvailable(), Path.of("/dev/net/tun")).run();
    }

    void run() {
        if (!dockerAvailable.getAsBoolean()) {
            throw new LabException("Docker is not available: no Docker daemon answers (is it installed and running? "
                    + "`docker info` must work for this user; DOCKER_HOST is honoured)");
        }
        if (!Files.exists(tunDevice)) {
            throw new LabException(tunDevice + " is missing: microVM nodes need the TUN device for their NICs "
                    + "(load the tun module: modprobe tun)");
        }
    }
}
