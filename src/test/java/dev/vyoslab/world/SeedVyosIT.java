package dev.vyoslab.world;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.vyos.EnabledWithVyosIso;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The same derived checks of the corrected seed as {@link SeedUpgradeIT} runs on 1.3, against VyOS itself: opt-in,
 * skipped with its one-line reason unless an ISO is configured ({@code -Dvyos.iso=PATH|URL -Dvyos.iso.sha256=HEX}, or
 * {@code -Dvyos.iso=rolling} with {@code -Dvyos.version=rolling}).
 */
@EnabledWithVyosIso
@VyosLabTest(config = "examples/seed/corrected.conf", dut = DeviceKind.VYOS, lab = "seed-vyos")
class SeedVyosIT {

    @TestFactory
    Stream<DynamicTest> everyClaimOfTheCorrectedSeedHoldsOnVyos(DerivedTests checks) {
        return checks.dynamicTests();
    }
}
