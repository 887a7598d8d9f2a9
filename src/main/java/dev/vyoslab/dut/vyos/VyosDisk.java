package dev.vyoslab.dut.vyos;

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
 * The installed VyOS disk, cached as {@code <cache>/disk/<key>.qcow2}: installed once over the serial console
 * ({@link InstallDialogue}), then only booted with {@code -snapshot}. The key is a hash of everything the disk's
 * content depends on (see {@link #key}), written beside it in {@code <key>.txt}. A file lock keeps two runs from
 * installing the same disk at once; a half-done install never reaches the cache name.
 */
final class VyosDisk {

    private VyosDisk() {
    }

    static Path defaultCacheDir() {
        return VyosIso.defaultCacheDir().resolveSibling("disk");
    }

    /**
     * What the installed disk depends on: the ISO, the release train's dialogue (every prompt and answer, which
     * includes the config installed and the password), the disk's size and bus (GRUB is set up for the drive the
     * installer saw). Not the time limits, the NICs or their MACs: the installed config has no hw-id to depend on.
     */
    static String inputs(VyosIso iso, VyosVersion version) {
        return "iso-sha256=" + iso.sha256() + "\ndisk-bytes=" + VyosQemu.DISK_BYTES + "\ndisk-bus=" + VyosQemu.DISK_BUS
                + "\ndialogue=" + InstallDialogue.fingerprint(version, VyosLogin.DEFAULT_PASSWORD) + "\n";
    }

    /** The cache key: sha256 of {@link #inputs}. */
    static String key(VyosIso iso, VyosVersion version) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(inputs(iso, version).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached disk, installing it first when missing. */
    static Path installed(String node, VyosIso iso, VyosVersion version, VyosMachine.Launcher launcher, Path cacheDir,
                          Path artifacts, VyosTimeouts timeouts) {
        Logger log = LoggerFactory.getLogger("vyoslab.node." + node);
        String key = key(iso, version);
        Path disk = cacheDir.resolve(key + ".qcow2");
        if (Files.isRegularFile(disk)) {
            return disk;
        }
        try {
            Files.createDirectories(cacheDir);
            try (FileChannel lockFile = FileChannel.open(cacheDir.resolve(key + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.isRegularFile(disk)) {
                    return disk;  // another run installed it while we waited for the lock
                }
                Path partial = cacheDir.resolve(key + ".qcow2.partial");
                Files.deleteIfExists(partial);
                Qcow2.createEmpty(partial, VyosQemu.DISK_BYTES);
                log.info("installing VyOS {} from {} to a new disk (once per ISO); {}", version.id(), iso.path(),
                        timeouts.describe());
                long started = System.nanoTime();
                install(node, iso, version, launcher, partial, artifacts, timeouts);
                Files.writeString(cacheDir.resolve(key + ".txt"), inputs(iso, version));
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
                                Path disk, Path artifacts, VyosTimeouts timeouts) {
        try (VyosMachine machine = launcher.start(node + "-install", VyosQemu.install(iso.path(), disk))) {
            List<ConsoleStep> steps = new ArrayList<>(VyosLogin.steps(VyosLogin.DEFAULT_USER,
                    VyosLogin.DEFAULT_PASSWORD, timeouts));
            steps.addAll(InstallDialogue.steps(version, VyosLogin.DEFAULT_PASSWORD, timeouts));
            steps.addAll(VyosLogin.poweroff());
            ConsoleDialogue dialogue = new ConsoleDialogue(node, machine.console(),
                    artifacts.resolve(node + "-install-console.txt"));
            dialogue.run(steps);
            machine.awaitExit(Duration.ofMinutes(5));
            dialogue.save();
        }
    }
}
