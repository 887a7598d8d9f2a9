package dev.vyoslab.world;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.junit.DerivedTests;
import dev.vyoslab.junit.VyosLabTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;

/**
 * The corrected seed on the reference router, end to end, on its release and after the upgrade: every claim the
 * config makes (PPPoE, tunnel, DHCP, source and destination NAT, policy route and MSS clamp, firewall, dynamic DNS)
 * holds with real traffic on 1.3, and again once VyOS's own scripts have migrated it to 1.4 and to rolling and the
 * router runs it with that release's semantics. On the lab of {@link SeedScenariosIT}, after it: the seed's shared lab
 * already carries the longest chain of classes (python3 and the vyos-1x sources needed).
 */
@Order(4)
@VyosLabTest(config = "examples/seed/corrected.conf", dut = DeviceKind.REFERENCE, lab = SeedScenariosIT.LAB)
class SeedUpgradeIT {

    @TestFactory
    Stream<DynamicNode> everyClaimHoldsOnOneThreeAndAfterTheUpgradeToOneFourAndToRolling(DerivedTests checks) {
        return checks.upgradeTo("1.4", "rolling");
    }
}
