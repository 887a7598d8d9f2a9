package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.VyosVersion;
import java.time.Duration;
import java.util.List;

/**
 * The {@code install image} dialogue, as data: which prompt comes and what to answer, per VyOS release train.
 *
 * <p>1.3 follows vyos-build's {@code scripts/check-qemu-install} (Perl installer: Yes/No questions with defaults in
 * brackets); 1.4 and rolling have the Python installer ({@code image_installer.py}: [y/N] questions, "(Default: x)").
 * Defaults are taken everywhere except for confirmations, the password, the console (serial, as the harness
 * reads it) and the config to install (the default one, see {@link #DEFAULT_CONFIG_13}).
 */
final class InstallDialogue {

    /**
     * The default config, not the live system's: at live boot vyatta_interface_rescan writes a {@code hw-id} for each
     * NIC into the running config (vyatta-cfg-system@1.3.4 scripts/system/vyatta_interface_rescan, called by
     * scripts/rl-system.init), and the installer offers that file first (scripts/install/install-postinst-new), so
     * the disk would pin eth0 to the install VM's management MAC. Without hw-ids the kernel's probe order names the
     * NICs, which is their PCI slot order: WAN eth0, LAN eth1, management last.
     */
    static final String DEFAULT_CONFIG_13 = "/opt/vyatta/etc/config.boot.default";
    /** The same choice in vyos-1x@current src/op_mode/image_installer.py: entry 2 of config_boot_list. */
    static final String DEFAULT_CONFIG_ROLLING = "2";

    private InstallDialogue() {
    }

    /** From the operational prompt of the live system to the prompt after a finished install. */
    static List<ConsoleStep> steps(VyosVersion version, String password, VyosTimeouts t) {
        return version == VyosVersion.V1_3 ? equuleus(password, t.prompt(), t.copy())
                : python(password, t.prompt(), t.copy());
    }

    /** Everything of the dialogue that decides the installed disk (not its time limits), to key the disk cache. */
    static String fingerprint(VyosVersion version, String password) {
        StringBuilder s = new StringBuilder(version.id());
        for (ConsoleStep step : steps(version, password, VyosTimeouts.of(dev.vyoslab.vm.Accelerator.KVM))) {
            s.append('\n').append(step.name()).append('|').append(step.expect() == null ? "" : step.expect().pattern())
                    .append('|').append(step.answer() == null ? "" : step.answer());
        }
        return s.toString();
    }

    // vyatta-cfg-system@1.3.4 scripts/install/install-image, install-image-new, install-postinst-new
    private static List<ConsoleStep> equuleus(String password, Duration prompt, Duration copy) {
        return List.of(
                ConsoleStep.send("start installer", "install image"),
                ConsoleStep.answer("continue", "Would you like to continue\\?[^\\n]*:", "Yes", prompt),
                ConsoleStep.answer("partitioning", "Partition \\(Auto/Parted/Skip\\)[^\\n]*:", "", prompt),
                ConsoleStep.answer("target drive", "Install the image on\\?[^\\n]*:", "", prompt),
                ConsoleStep.answer("destroy confirmation", "Continue\\? \\(Yes/No\\)[^\\n]*:", "Yes", prompt),
                ConsoleStep.answer("root partition size", "How big of a root partition should I create\\?[^\\n]*:", "",
                        prompt),
                ConsoleStep.answer("image name", "What would you like to name this image\\?[^\\n]*:", "", copy),
                ConsoleStep.answer("config to copy", "Which one should I copy to[^\\n]*:", DEFAULT_CONFIG_13, copy),
                ConsoleStep.answer("password", "Enter password for user 'vyos':", password, prompt).asSecret(),
                ConsoleStep.answer("password again", "Retype password for user 'vyos':", password, prompt).asSecret(),
                ConsoleStep.answer("GRUB drive", "Which drive should GRUB modify the boot partition on\\?[^\\n]*:", "",
                        prompt),
                ConsoleStep.expect("prompt after install", VyosLogin.OP_PROMPT, prompt));
    }

    // vyos-1x@current src/op_mode/image_installer.py (MSG_INPUT_*)
    private static List<ConsoleStep> python(String password, Duration prompt, Duration copy) {
        return List.of(
                ConsoleStep.send("start installer", "install image"),
                ConsoleStep.answer("continue", "Would you like to continue\\? \\[y/N\\]", "y", prompt),
                ConsoleStep.answer("image name", "What would you like to name this image\\?[^\\n]*\\)", "", prompt),
                ConsoleStep.answer("password", "Please enter a password for the \"vyos\" user:", password, prompt)
                        .asSecret(),
                ConsoleStep.answer("password again", "Please confirm password for the \"vyos\" user:", password, prompt)
                        .asSecret(),
                ConsoleStep.answer("console", "What console should be used by default\\?[^\\n]*\\(Default: \\w\\)", "S",
                        prompt).asOptional(),
                ConsoleStep.answer("target drive", "Which one should be used for installation\\?[^\\n]*\\)", "", prompt),
                ConsoleStep.answer("destroy confirmation", "Installation will delete all data on the drive\\. Continue\\?"
                        + " \\[y/N\\]", "y", prompt),
                ConsoleStep.answer("use free space", "Would you like to use all the free space on the drive\\? \\[Y/n\\]",
                        "Y", prompt),
                ConsoleStep.answer("boot config", "Which file would you like as boot config\\?[^\\n]*\\)",
                        DEFAULT_CONFIG_ROLLING, prompt),
                ConsoleStep.expect("install finished", "The image installed successfully", copy),
                ConsoleStep.expect("prompt after install", VyosLogin.OP_PROMPT, prompt));
    }
}
