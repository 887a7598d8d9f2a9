package dev.vyoslab.world;

import static dev.vyoslab.world.Mutation.replacing;
import static dev.vyoslab.world.Mutation.without;

import dev.vyoslab.junit.VyosLabTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Negative controls of what the LAN gets: dynamic DNS, the MSS clamp, the inbound firewall, the DHCP pool. */
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
                        Set.of("dhcp/HOME-DHCP/10.0.1.0-24"), Map.of("dhcp/HOME-DHCP/10.0.1.0-24", "10.0.1.2")));
    }
}
