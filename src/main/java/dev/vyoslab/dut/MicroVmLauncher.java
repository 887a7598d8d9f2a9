package dev.vyoslab.dut;

/**
 * MISSING PIECE (waits for {@code dev.vyoslab.vm.MicroVm} in main): starts a VyOS boot in a microVM node.
 *
 * <p>Once {@code MicroVm} exists this is, per boot:
 * <pre>
 *   MicroVm vm = lab.microVm(node)                      // NICs: withGuestNic(wan, wanMac), withGuestNic(lan, lanMac)
 *           .withMemoryMb(boot.memoryMb());             // in that order: eth0 = WAN, eth1 = LAN
 *   boot.env().forEach(vm::withEnv);                    // VM_KERNEL=none, VM_QEMU_ARGS=...
 *   boot.binds().forEach(b -&gt; vm.withFileSystemBind(b.host().toString(), b.container(),
 *           b.readOnly() ? BindMode.READ_ONLY : BindMode.READ_WRITE));
 *   vm.start();
 *   return machine(vm.console(), (u, p, t) -&gt; vm.ssh(u, p), t -&gt; wait until !vm.isRunning(), vm::stop);
 * </pre>
 */
public final class MicroVmLauncher implements VyosMachine.Launcher {

    @Override
    public VyosMachine start(String node, VmBoot boot) {
        throw new UnsupportedOperationException("[" + node + "] cannot start VyOS: dev.vyoslab.vm.MicroVm is not merged"
                + " into this branch yet; VyosRouter needs a VyosMachine.Launcher backed by it");
    }
}
