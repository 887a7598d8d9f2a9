package dev.vyoslab.world;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corrected seed on the reference router, end to end: every claim the config makes (PPPoE, tunnel, DHCP, source
 * and destination NAT, policy route and MSS clamp, firewall, dynamic DNS) holds with real traffic.
 */
@VyosLabTest(config = "examples/seed/corrected.conf", dut = DeviceKind.REFERENCE)
class SeedReferenceIT {

    @TestFactory
    Stream<DynamicTest> everyClaimOfTheCorrectedSeedHolds(DerivedTests checks) {
        return checks.dynamicTests();
    }
}
