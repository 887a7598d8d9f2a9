package dev.vyoslab.dut;

import dev.vyoslab.config.VyosVersion;
import java.time.Duration;
import java.util.List;

/**
 * The {@code install image} dialogue, as data: which prompt comes and what to answer, per VyOS release train.
 *
 * <p>1.3 follows vyos-build's {@code scripts/check-qemu-install} (Perl installer: Yes/No questions with defaults in
 * brackets); 1.4 and rolling have the Python installer ({@code image_installer.py}: [y/N] questions, "(Default: x)").
 * Defaults are taken everywhere except for confirmations, the password and the console (serial, as the harness
 * reads it).
 */
final class InstallDialogue {

    private static final Duration SHORT = Duration.ofSeconds(60);
    /** Copying the squashfs under TCG takes minutes. */
    private static final Duration COPY = Duration.ofMinutes(20);

    private InstallDialogue() {
    }

    /** From the operational prompt of the live system to the prompt after a finished install. */
    static List<ConsoleStep> steps(VyosVersion version, String password) {
        return version == VyosVersion.V1_3 ? equuleus(password) : python(password);
    }

    private static List<ConsoleStep> equuleus(String password) {
        return List.of(
                ConsoleStep.send("start installer", "install image"),
                ConsoleStep.answer("continue", "Would you like to continue\\?[^\\n]*:", "Yes", SHORT),
                ConsoleStep.answer("partitioning", "Partition \\(Auto/Parted/Skip\\)[^\\n]*:", "", SHORT),
                ConsoleStep.answer("target drive", "Install the image on\\?[^\\n]*:", "", SHORT),
                ConsoleStep.answer("destroy confirmation", "Continue\\? \\(Yes/No\\)[^\\n]*:", "Yes", SHORT),
                ConsoleStep.answer("root partition size", "How big of a root partition should I create\\?[^\\n]*:", "",
                        SHORT),
                ConsoleStep.answer("image name", "What would you like to name this image\\?[^\\n]*:", "", COPY),
                ConsoleStep.answer("config to copy", "Which one should I copy to[^\\n]*:", "", COPY),
                ConsoleStep.answer("password", "Enter password for user 'vyos':", password, SHORT).asSecret(),
                ConsoleStep.answer("password again", "Retype password for user 'vyos':", password, SHORT).asSecret(),
                ConsoleStep.answer("GRUB drive", "Which drive should GRUB modify the boot partition on\\?[^\\n]*:", "",
                        SHORT),
                ConsoleStep.expect("prompt after install", VyosLogin.OP_PROMPT, Duration.ofMinutes(5)));
    }

    private static List<ConsoleStep> python(String password) {
        return List.of(
                ConsoleStep.send("start installer", "install image"),
                ConsoleStep.answer("continue", "Would you like to continue\\? \\[y/N\\]", "y", SHORT),
                ConsoleStep.answer("image name", "What would you like to name this image\\?[^\\n]*\\)", "", SHORT),
                ConsoleStep.answer("password", "Please enter a password for the \"vyos\" user:", password, SHORT)
                        .asSecret(),
                ConsoleStep.answer("password again", "Please confirm password for the \"vyos\" user:", password, SHORT)
                        .asSecret(),
                ConsoleStep.answer("console", "What console should be used by default\\?[^\\n]*\\(Default: \\w\\)", "S",
                        SHORT).asOptional(),
                ConsoleStep.answer("target drive", "Which one should be used for installation\\?[^\\n]*\\)", "", SHORT),
                ConsoleStep.answer("destroy confirmation", "Installation will delete all data on the drive\\. Continue\\?"
                        + " \\[y/N\\]", "y", SHORT),
                ConsoleStep.answer("use free space", "Would you like to use all the free space on the drive\\? \\[Y/n\\]",
                        "Y", SHORT),
                ConsoleStep.answer("boot config", "Which file would you like as boot config\\?[^\\n]*\\)", "", SHORT),
                ConsoleStep.expect("install finished", "The image installed successfully", COPY),
                ConsoleStep.expect("prompt after install", VyosLogin.OP_PROMPT, SHORT));
    }
}
