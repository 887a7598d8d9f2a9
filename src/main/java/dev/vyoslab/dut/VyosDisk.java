package dev.vyoslab.dut;

import dev.vyoslab.config.VyosVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed VyOS disk for an ISO, cached as {@code <cache>/disk/<iso sha256>.qcow2}: installed once over the
 * serial console ({@link InstallDialogue}), then only booted with {@code -snapshot}. A file lock keeps two runs from
 * installing the same ISO at once; a half-done install never reaches the cache name.
 */
final class VyosDisk {

    private VyosDisk() {
    }

    static Path defaultCacheDir() {
        return VyosIso.defaultCacheDir().resolveSibling("disk");
    }

    /** The cached disk, installing it first when missing. */
    static Path installed(String node, VyosIso iso, VyosVersion version, VyosMachine.Launcher launcher, Path cacheDir,
                          Path artifacts, Duration boot) {
        Logger log = LoggerFactory.getLogger("vyoslab.node." + node);
        Path disk = cacheDir.resolve(iso.sha256() + ".qcow2");
        if (Files.isRegularFile(disk)) {
            return disk;
        }
        try {
            Files.createDirectories(cacheDir);
            try (FileChannel lockFile = FileChannel.open(cacheDir.resolve(iso.sha256() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.isRegularFile(disk)) {
                    return disk;  // another run installed it while we waited for the lock
                }
                Path partial = cacheDir.resolve(iso.sha256() + ".qcow2.partial");
                Files.deleteIfExists(partial);
                Qcow2.createEmpty(partial, VyosQemu.DISK_BYTES);
                log.info("installing VyOS {} from {} to a new disk (once per ISO)", version.id(), iso.path());
                long started = System.nanoTime();
                install(node, iso, version, launcher, partial, artifacts, boot);
                Files.move(partial, disk, StandardCopyOption.ATOMIC_MOVE);
                log.info("VyOS installed in {} s; disk cached at {}", (System.nanoTime() - started) / 1_000_000_000L,
                        disk);
                return disk;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("[" + node + "] cannot prepare the VyOS disk in " + cacheDir, e);
        }
    }

    private static void install(String node, VyosIso iso, VyosVersion version, VyosMachine.Launcher launcher,
                                Path disk, Path artifacts, Duration boot) {
        try (VyosMachine machine = launcher.start(node + "-install", VyosQemu.install(iso.path(), disk))) {
            List<ConsoleStep> steps = new ArrayList<>(VyosLogin.steps(VyosLogin.DEFAULT_USER,
                    VyosLogin.DEFAULT_PASSWORD, boot));
            steps.addAll(InstallDialogue.steps(version, VyosLogin.DEFAULT_PASSWORD));
            steps.addAll(VyosLogin.poweroff());
            new ConsoleDialogue(node, machine.console(), artifacts.resolve(node + "-install-console.txt")).run(steps);
            machine.awaitExit(Duration.ofMinutes(5));
        }
    }
}
