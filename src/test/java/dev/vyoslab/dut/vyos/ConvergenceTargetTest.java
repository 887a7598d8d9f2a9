package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.RouterState;
import dev.vyoslab.dut.RouterState.InterfaceState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What convergence waits for on the corrected seed. */
class ConvergenceTargetTest {

    private final ConvergenceTarget seed = ConvergenceTarget.of(
            VyosConfig.parse(Path.of("examples/seed/corrected.conf")).tree());

    @Test
    void theSeedsInterfacesAndItsPolicyTable() {
        assertThat(seed.interfaces()).contains("eth0", "eth1", "pppoe0", "tun0").doesNotContain("lo");
        assertThat(seed.tables()).containsExactly("100");
    }

    @Test
    void anInterfaceDownOrMissingIsNotConverged() {
        List<InterfaceState> up = seed.interfaces().stream()
                .map(i -> new InterfaceState(i, true, List.of(), 1500)).toList();
        assertThat(seed.down(new RouterState(up, List.of(), List.of()))).isEmpty();
        List<InterfaceState> oneDown = seed.interfaces().stream()
                .map(i -> new InterfaceState(i, !i.equals("pppoe0"), List.of(), 1500)).toList();
        assertThat(seed.down(new RouterState(oneDown, List.of(), List.of()))).containsExactly("pppoe0");
        assertThat(seed.down(new RouterState(List.of(), List.of(), List.of()))).hasSameSizeAs(seed.interfaces());
    }
}
