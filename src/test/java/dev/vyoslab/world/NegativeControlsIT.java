package dev.vyoslab.world;

import static dev.vyoslab.world.Mutation.replacing;
import static dev.vyoslab.world.Mutation.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.junit.VyosLabTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Negative controls on the lab of the corrected seed: each mutated config is applied to the running reference router
 * through the same run (no reboot) and all derived checks of the corrected seed run; exactly the checks the mutation
 * breaks fail, each with a message saying what the traffic showed. The lab's DNS API forgets its records once a
 * config without dynamic DNS has converged, so that mutation is seen to leave no record whatever ran before it.
 */
@VyosLabTest(config = "examples/seed/corrected.conf")
class NegativeControlsIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.negative");
    private static final Path GOOD = Path.of("examples/seed/corrected.conf");
    private static final Path ARTIFACTS = Path.of("target", "vyos-lab", "NegativeControlsIT");

    static {
        // a check that must fail waits this long, not the default 90 s: the lab has converged before the checks run
        System.setProperty("vyoslab.await", System.getProperty("vyoslab.await", "20"));
    }

    static Stream<Mutation> mutations() {
        return Stream.of(
                new Mutation("no-dynamic-dns", without("set service dns dynamic"),
                        Set.of("ddns/bar.example.com"), Map.of("ddns/bar.example.com", "no update received")),
                // the server's packets still leave by pppoe0 (policy route), unmasqueraded: no reply, curl times out (28)
                new Mutation("no-server-snat", without("set nat source rule 110"),
                        Set.of("snat/110", "pbr/PBR/10"), Map.of("snat/110", "exited 28")),
                new Mutation("no-port-forward", without("set nat destination rule 100"),
                        Set.of("dnat/100"), Map.of("dnat/100", "seen:     timed out")),
                new Mutation("empty-table-100", without("set protocols static table 100"),
                        Set.of("pbr/PBR/10", "snat/110", "dnat/100"), Map.of("pbr/PBR/10", "source 192.0.2.1")),
                new Mutation("no-mss-clamp", without("set policy route PBR rule 20"),
                        Set.of("mss/PBR/20"), Map.of("mss/PBR/20", "MSS [1460]")),
                new Mutation("wan-in-accepts", replacing("set firewall name WAN_IN default-action drop",
                        "set firewall name WAN_IN default-action accept"),
                        Set.of("firewall/WAN_IN"), Map.of("firewall/WAN_IN", "answered")),
                new Mutation("dhcp-range-moved", replacing("range dhcp1-subnet start 10.0.1.110\n",
                        "range dhcp1-subnet start 10.0.1.200\n").andThen(replacing("range dhcp1-subnet stop 10.0.1.190",
                        "range dhcp1-subnet stop 10.0.1.210"))::apply,
                        Set.of("dhcp/HOME-DHCP/10.0.1.0-24"), Map.of("dhcp/HOME-DHCP/10.0.1.0-24", "10.0.1.2")),
                new Mutation("pppoe-mtu-1400", replacing("set interfaces pppoe pppoe0 mtu 1454",
                        "set interfaces pppoe pppoe0 mtu 1400"),
                        Set.of("pppoe/pppoe0"), Map.of("pppoe/pppoe0", "MTU 1400")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void exactlyTheBrokenClaimsFail(Mutation mutation, LabRun run) throws IOException {
        run.apply(mutation.apply(Files.readString(GOOD)));
        Map<String, String> failed = run.runChecks(r -> { }).failures().stream()
                .collect(Collectors.toMap(r -> r.check().id(), CheckResult::message));
        failed.forEach((id, message) -> LOG.info("{}: {} fails as expected? {}:{}", mutation, id,
                mutation.failing().contains(id), message));
        if (!failed.keySet().equals(mutation.failing())) {
            run.saveArtifacts(ARTIFACTS.resolve(mutation.name()));
        }
        assertThat(new TreeSet<>(failed.keySet())).as("checks failing with %s (messages: %s)", mutation, failed)
                .isEqualTo(new TreeSet<>(mutation.failing()));
        mutation.seen().forEach((id, text) -> assertThat(failed.get(id)).as("why %s fails with %s", id, mutation)
                .contains("expected:").contains(text));
    }
}
