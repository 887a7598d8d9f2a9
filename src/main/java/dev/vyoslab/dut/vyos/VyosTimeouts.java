package dev.vyoslab.dut.vyos;

import dev.vyoslab.vm.Accelerator;
import java.time.Duration;

/**
 * How long VyOS may take, per accelerator. Under TCG every guest instruction is emulated: a VyOS boot and the
 * rolling Python installer's steps (each a Python start-up) run several times slower than under KVM, and a busy
 * 2-core machine slows them again (measured: a small guest's boot went from 3-4 s to 13-22 s under load).
 *
 * @param boot    power-on to the login prompt
 * @param prompt  one install question or console command to its answer
 * @param copy    the installer copying the squashfs and setting up GRUB
 */
record VyosTimeouts(Accelerator accelerator, Duration boot, Duration prompt, Duration copy) {

    static VyosTimeouts of(Accelerator accelerator) {
        return accelerator == Accelerator.KVM
                ? new VyosTimeouts(accelerator, Duration.ofMinutes(5), Duration.ofSeconds(90), Duration.ofMinutes(10))
                : new VyosTimeouts(accelerator, Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(40));
    }

    VyosTimeouts withBoot(Duration boot) {
        return new VyosTimeouts(accelerator, boot, prompt, copy);
    }

    /** One line for the run's log, so a user sees the limits a slow machine ran into. */
    String describe() {
        return "VyOS time limits under " + accelerator + ": boot " + boot.toMinutes() + " min, each install prompt "
                + prompt.toSeconds() + " s, image copy " + copy.toMinutes() + " min";
    }
}
