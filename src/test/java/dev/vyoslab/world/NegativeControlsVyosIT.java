package dev.vyoslab.world;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.vyos.EnabledWithVyosIso;
import dev.vyoslab.junit.VyosLabTest;
import java.util.stream.Stream;

/**
 * Every negative control of the reference router's two classes, on VyOS: each mutation breaks exactly its checks.
 * Opt-in like {@link SeedVyosIT}, whose lab it shares.
 */
@EnabledWithVyosIso
@VyosLabTest(config = "examples/seed/corrected.conf", dut = DeviceKind.VYOS, lab = "seed-vyos")
class NegativeControlsVyosIT extends NegativeControls {

    static Stream<Mutation> mutations() {
        return Stream.concat(NegativeControlsIT.mutations(), UplinkNegativeControlsIT.mutations());
    }
}
