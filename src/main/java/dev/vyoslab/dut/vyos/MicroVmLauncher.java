package dev.vyoslab.dut.vyos;

import dev.vyoslab.lab.Lab;
import dev.vyoslab.vm.GuestSsh;
import dev.vyoslab.vm.SerialConsole;
import java.time.Duration;

/**
 * Starts a one-off VyOS boot (the install) as a {@link VyosVm} in a lab of its own with only a management segment:
 * the install runs once per ISO, outside any test's lab, and its own lab removes the node on close, on a failed
 * start and at JVM exit.
 */
public final class MicroVmLauncher implements VyosMachine.Launcher {

    @Override
    public VyosMachine start(String node, VmBoot boot) {
        Lab lab = Lab.create();
        try {
            VyosVm vm = lab.add(new VyosVm(node, lab.segment("mgmt"), () -> boot));
            lab.start();
            return new OwnLab(vm, lab);
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    /** The boot's node; closing it closes its lab. */
    private record OwnLab(VyosVm vm, Lab lab) implements VyosMachine {

        @Override
        public SerialConsole console() {
            return vm.console();
        }

        @Override
        public GuestSsh ssh(String user, String password, Duration timeout) {
            return vm.ssh(user, password, timeout);
        }

        @Override
        public void awaitExit(Duration timeout) {
            vm.awaitExit(timeout);
        }

        @Override
        public void close() {
            lab.close();
        }
    }
}
