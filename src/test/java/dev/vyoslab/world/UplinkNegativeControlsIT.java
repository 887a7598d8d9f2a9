package dev.vyoslab.world;

import static dev.vyoslab.world.Mutation.replacing;
import static dev.vyoslab.world.Mutation.without;

import dev.vyoslab.junit.VyosLabTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;

/**
 * Negative controls of the published server's path: its source NAT, the port forward, the policy route's table. On
 * the lab the other classes of the corrected seed share, right after {@link NegativeControlsIT}.
 */
@Order(3)
@VyosLabTest(config = "examples/seed/corrected.conf")
class UplinkNegativeControlsIT extends NegativeControls {

    static Stream<Mutation> mutations() {
        return Stream.of(
                // the server's packets still leave by pppoe0 (policy route), unmasqueraded: no reply, curl times out (28)
                new Mutation("no-server-snat", without("set nat source rule 110"),
                        Set.of("snat/110", "pbr/PBR/10"), Map.of("snat/110", "exited 28")),
                new Mutation("no-port-forward", without("set nat destination rule 100"),
                        Set.of("dnat/100"), Map.of("dnat/100", "seen:     timed out")),
                new Mutation("empty-table-100", without("set protocols static table 100"),
                        Set.of("pbr/PBR/10", "snat/110", "dnat/100"), Map.of("pbr/PBR/10", "source 192.0.2.1")));
    }
}
