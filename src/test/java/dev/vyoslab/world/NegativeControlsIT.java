package dev.vyoslab.world;

import static dev.vyoslab.world.Mutation.replacing;
import static dev.vyoslab.world.Mutation.without;

import dev.vyoslab.junit.VyosLabTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;

/**
 * Negative controls of dynamic DNS, the MSS clamp, the inbound firewall, the DHCP pool and the PPPoE MTU, on the lab
 * the other classes of the corrected seed share.
 */
// next: the seed's shared lab (with UplinkNegativeControlsIT, RefusedConfigIT; LabSharingOrder)
@Order(2)
@VyosLabTest(config = "examples/seed/corrected.conf")
class NegativeControlsIT extends NegativeControls {

    static Stream<Mutation> mutations() {
        return Stream.of(
                new Mutation("no-dynamic-dns", without("set service dns dynamic"),
                        Set.of("ddns/bar.example.com"), Map.of("ddns/bar.example.com", "no update received")),
                new Mutation("no-mss-clamp", without("set policy route PBR rule 20"),
                        Set.of("mss/PBR/20"), Map.of("mss/PBR/20", "MSS [1460]")),
                new Mutation("wan-in-accepts", replacing("set firewall name WAN_IN default-action drop",
                        "set firewall name WAN_IN default-action accept"),
                        Set.of("firewall/WAN_IN"), Map.of("firewall/WAN_IN", "answered")),
                new Mutation("dhcp-range-moved", replacing("range dhcp1-subnet start 10.0.1.110\n",
                        "range dhcp1-subnet start 10.0.1.200\n").andThen(replacing("range dhcp1-subnet stop 10.0.1.190",
                        "range dhcp1-subnet stop 10.0.1.210"))::apply,
                        Set.of("dhcp/HOME-DHCP/10.0.1.0-24"), Map.of("dhcp/HOME-DHCP/10.0.1.0-24", "10.0.1.2")),
                // VyOS 1.3.4 refuses an MRU above the MTU: both change
                new Mutation("pppoe-mtu-1400", replacing("set interfaces pppoe pppoe0 mtu 1454",
                        "set interfaces pppoe pppoe0 mtu 1400").andThen(replacing("set interfaces pppoe pppoe0 mru 1454",
                        "set interfaces pppoe pppoe0 mru 1400"))::apply,
                        Set.of("pppoe/pppoe0"), Map.of("pppoe/pppoe0", "MTU 1400")));
    }
}
