package dev.vyoslab.world;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed's design with other numbers (LAN, AFTR, NGN prefix, PPPoE account and MTU, a TCP forward with port
 * translation, policy table, MSS, DDNS host): the lab and the checks follow the config, no code knows the seed.
 */
@VyosLabTest(config = "examples/variant/home-office.conf", dut = DeviceKind.REFERENCE)
class VariantReferenceIT {

    @TestFactory
    Stream<DynamicTest> everyClaimOfTheVariantHolds(DerivedTests checks) {
        return checks.dynamicTests();
    }
}
