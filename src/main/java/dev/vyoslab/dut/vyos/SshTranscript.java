package dev.vyoslab.dut.vyos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSH side of a VyOS run as a file beside the console transcript: each command the driver ran, what it printed
 * and its exit status, appended as it happens (so an aborted run leaves it too), ready to become a test fixture.
 * Callers pass output with secrets already masked.
 */
final class SshTranscript {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.node.vyos");

    private final Path file;
    private boolean broken;

    /** Starts a new transcript: one of an earlier boot in the same place is replaced. */
    SshTranscript(Path file) {
        this.file = file;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            broken = true;
            LOG.warn("cannot replace the SSH transcript {}: {}", file, e.getMessage());
        }
    }

    synchronized void ssh(String command, String output, int exitStatus) {
        if (broken) {
            return;
        }
        String entry = "### " + command + " (exit " + exitStatus + ")\n" + output
                + (output.endsWith("\n") || output.isEmpty() ? "" : "\n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            broken = true;
            LOG.warn("cannot write the SSH transcript {}: {}", file, e.getMessage());
        }
    }

    Path file() {
        return file;
    }
}
