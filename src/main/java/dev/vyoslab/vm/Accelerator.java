package dev.vyoslab.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;

/**
 * KVM or TCG for the guests. {@code /dev/kvm} existing proves nothing (nested virtualisation can hang), so KVM is
 * chosen only after a probe boot of the guest kernel under KVM reaches its panic-on-purpose within a time limit.
 * The verdict is cached per host boot; {@code -Dvyoslab.accel=kvm|tcg} or {@code VYOSLAB_ACCEL} overrides it.
 */
public enum Accelerator {
    KVM, TCG;

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.accelerator");
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    private static Accelerator detected;

    public String qemuName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The accelerator for this machine, probed once per host boot. */
    public static synchronized Accelerator detect() {
        if (detected == null) {
            detected = decide();
        }
        return detected;
    }

    private static Accelerator decide() {
        String forced = System.getProperty("vyoslab.accel", System.getenv("VYOSLAB_ACCEL"));
        if (forced != null && !forced.isBlank()) {
            Accelerator a = valueOf(forced.trim().toUpperCase(Locale.ROOT));
            LOG.info("accelerator {}: set by vyoslab.accel/VYOSLAB_ACCEL", a);
            return a;
        }
        if (!Files.exists(Path.of("/dev/kvm"))) {
            LOG.warn("accelerator TCG: no /dev/kvm on this machine; guests run emulated (slower)");
            return TCG;
        }
        Path cache = cacheFile();
        try {
            if (Files.exists(cache)) {
                String[] cached = Files.readString(cache).split("\n", 2);
                LOG.info("accelerator {}: probed earlier on this host boot ({})", cached[0], cached[1].strip());
                return valueOf(cached[0]);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring unreadable accelerator cache {}: {}", cache, e.getMessage());
        }
        String reason = probeKvm();
        Accelerator verdict = reason == null ? KVM : TCG;
        String why = reason == null ? "a KVM probe boot finished" : reason;
        if (verdict == TCG) {
            LOG.warn("accelerator TCG: /dev/kvm exists but {}; guests run emulated (slower)", why);
        } else {
            LOG.info("accelerator KVM: {}", why);
        }
        try {
            Files.createDirectories(cache.getParent());
            Files.writeString(cache, verdict + "\n" + why + "\n");
        } catch (IOException e) {
            LOG.debug("cannot cache the accelerator verdict: {}", e.getMessage());
        }
        return verdict;
    }

    /** Boots the guest kernel under KVM with an init that exits at once; null if that panics in time, else why not. */
    private static String probeKvm() {
        String qemu = "timeout " + PROBE_TIMEOUT.toSeconds() + " qemu-system-x86_64 -accel kvm -cpu host -nodefaults"
                + " -display none -no-reboot -m 128 -serial stdio -kernel /vm/vmlinux -initrd /vm/initramfs.cpio"
                + " -append 'console=ttyS0 panic=-1 rdinit=/bin/vyoslab-none'; echo probe-exit=$?";
        try (GenericContainer<?> probe = new GenericContainer<>(GuestImage.get().imageName())) {
            probe.withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("sh", "-c", qemu)
                            .getHostConfig().withDevices(com.github.dockerjava.api.model.Device.parse("/dev/kvm")))
                    .withStartupCheckStrategy(new OneShotStartupCheckStrategy()
                            .withTimeout(PROBE_TIMEOUT.plusSeconds(20)));
            probe.start();
            String out = probe.getLogs();
            if (out.contains("Kernel panic")) {
                return null;
            }
            if (out.contains("probe-exit=124")) {
                return "a probe boot under KVM did not finish within " + PROBE_TIMEOUT.toSeconds() + " s";
            }
            String lastLine = out.strip().lines().reduce((a, b) -> b).orElse("");
            return "a probe boot under KVM failed: " + lastLine;
        } catch (RuntimeException e) {
            return "the KVM probe could not run: " + e.getMessage();
        }
    }

    private static Path cacheFile() {
        String bootId;
        try {
            bootId = Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
        } catch (IOException e) {
            bootId = "unknown";
        }
        return Path.of(System.getProperty("user.home"), ".cache", "vyos-lab", "accelerator-" + bootId);
    }
}
