package dev.vyoslab.dut;

import dev.vyoslab.vm.GuestSsh;
import dev.vyoslab.vm.SerialConsole;
import java.time.Duration;

/**
 * One running boot of a VyOS guest: what {@link VyosRouter} needs from the microVM node that runs it. The lab
 * provides it through a {@link Launcher} (see {@link MicroVmLauncher}), unit tests a fake.
 */
public interface VyosMachine extends AutoCloseable {

    /** The guest's serial console, connected before the guest started (no output is lost). */
    SerialConsole console();

    /** Logs in over the forwarded management SSH port, retrying until {@code timeout}. */
    GuestSsh ssh(String user, String password, Duration timeout);

    /** Waits until QEMU has exited (after a guest poweroff); fails naming the node when it has not. */
    void awaitExit(Duration timeout);

    /** Stops the node and removes its container. */
    @Override
    void close();

    /** Starts a boot of a VyOS guest in the node named {@code node}. */
    @FunctionalInterface
    interface Launcher {
        VyosMachine start(String node, VmBoot boot);
    }
}
