package dev.vyoslab.dut;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one boot of a VyOS microVM: guest memory, the launcher's environment ({@code VM_KERNEL},
 * {@code VM_QEMU_ARGS}) and the host files it needs inside the container.
 */
public record VmBoot(int memoryMb, Map<String, String> env, List<Bind> binds) {

    public VmBoot {
        env = Map.copyOf(env);
        binds = List.copyOf(binds);
    }

    /** A host file bound into the node's container. */
    public record Bind(Path host, String container, boolean readOnly) {
    }
}
