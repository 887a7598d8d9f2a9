package dev.vyoslab.dut.vyos;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every QEMU- and launcher-specific fact about running VyOS in a microVM node, in one place: memory, disks, boot
 * order, and the management network that {@code qemu/guest/launcher/microvm} sets up.
 */
final class VyosQemu {

    /** 1.3 refuses to boot below 512 MiB; 1 GiB is what vyos-build's own QEMU test uses. */
    static final int MEMORY_MB = 1024;
    /** Disk for the installed image; 1.3's installer wants a root partition of at least 2000 MB. */
    static final long DISK_BYTES = 4L << 30;
    /** The launcher's management NIC: user networking, MAC and PCI slot 0x1f fixed, so it comes after the data NICs. */
    static final String MGMT_MAC = "52:54:00:ff:ff:ff";
    /**
     * Data NICs in guest (PCI slot) order, eth0 = WAN and eth1 = LAN; the WAN MAC is the lab plan's when it gives one
     * ({@link VyosRouter#withWanMac}). No MAC is part of the installed disk: its config has no hw-id.
     */
    static final String WAN_MAC = "52:54:00:0a:00:01";
    static final String LAN_MAC = "52:54:00:0a:00:02";
    /** QEMU user networking forwards the container's port 2222 to this guest address, port 22. */
    static final String GUEST_MGMT_ADDRESS = "10.0.2.15";
    static final String GUEST_MGMT_CIDR = GUEST_MGMT_ADDRESS + "/24";

    /** The bus of the installed disk: the installer sets GRUB up for the drive it saw (vda). */
    static final String DISK_BUS = "virtio";

    static final String ISO_IN_CONTAINER = "/vyos/vyos.iso";
    static final String DISK_IN_CONTAINER = "/vyos/disk.qcow2";

    private VyosQemu() {
    }

    /** The first boot: live ISO from the CD-ROM, the blank disk writable, QEMU exits when the guest powers off. */
    static VmBoot install(Path iso, Path disk) {
        return new VmBoot(MEMORY_MB, env("-cdrom " + ISO_IN_CONTAINER + " " + drive() + " -boot d"),
                List.of(new VmBoot.Bind(iso, ISO_IN_CONTAINER, true), new VmBoot.Bind(disk, DISK_IN_CONTAINER, false)));
    }

    /**
     * Every later boot: the installed disk read-only under {@code -snapshot} (writes go to a throw-away overlay, so one
     * cached install serves every run). The launcher passes {@code -no-reboot}; {@code -action reboot=reset} comes
     * later on the command line and wins, so a guest reboot keeps QEMU and its overlay alive.
     */
    static VmBoot run(Path disk) {
        return new VmBoot(MEMORY_MB, env(drive() + " -snapshot -boot c -action reboot=reset"),
                List.of(new VmBoot.Bind(disk, DISK_IN_CONTAINER, true)));
    }

    private static String drive() {
        return "-smp 2 -drive file=" + DISK_IN_CONTAINER + ",if=" + DISK_BUS + ",format=qcow2";
    }

    /** VM_KERNEL=none makes the launcher boot from the disks instead of its Debian kernel. */
    private static Map<String, String> env(String qemuArgs) {
        return Map.of("VM_KERNEL", "none", "VM_NAME", "vyos", "VM_QEMU_ARGS", qemuArgs);
    }
}
