package dev.vyoslab.dut.vyos;

import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestImage;
import dev.vyoslab.vm.GuestSsh;
import dev.vyoslab.vm.MicroVm;
import dev.vyoslab.vm.SerialConsole;
import java.time.Duration;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.testcontainers.containers.BindMode;

import static org.awaitility.Awaitility.await;

/**
 * A microVM node booting VyOS from its disks instead of the Debian guest kernel. Its boot (memory, QEMU arguments,
 * bound ISO/disk files) is resolved when the container is configured, so the run node can be added to a lab before
 * its disk is installed.
 */
final class VyosVm extends MicroVm<VyosVm> implements VyosMachine {

    private final Supplier<VmBoot> boot;

    VyosVm(String name, Segment management, Supplier<VmBoot> boot) {
        super(name, GuestImage.get(), management);
        this.boot = boot;
    }

    @Override
    protected void configure() {
        super.configure();
        VmBoot b = boot.get();
        withMemoryMb(b.memoryMb());
        b.env().forEach(this::withEnv);
        b.binds().forEach(bind -> withFileSystemBind(bind.host().toAbsolutePath().toString(), bind.container(),
                bind.readOnly() ? BindMode.READ_ONLY : BindMode.READ_WRITE));
    }

    /** VyOS prints no {@code vyoslab-ready}; {@link VyosRouter} drives its login (and install) on the console. */
    @Override
    protected void awaitReady(SerialConsole console, Duration timeout) {
    }

    @Override
    public GuestSsh ssh(String user, String password, Duration timeout) {
        return GuestSsh.connect(name(), managementAddress().getHostAddress(), SSH_PORT, user, password, timeout);
    }

    @Override
    public void awaitExit(Duration timeout) {
        try {
            await("[" + name() + "] QEMU to exit after poweroff").atMost(timeout)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> !isRunning());
        } catch (ConditionTimeoutException e) {
            throw new LabException("[" + name() + "] QEMU still runs " + timeout.toSeconds()
                    + " s after poweroff; console tail:\n" + console().tail(), e);
        }
    }

    /** Stops the node and removes its container. */
    @Override
    public void close() {
        stop();
    }
}
