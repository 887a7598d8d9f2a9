package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Negative controls on a lab of the corrected seed: each mutated config is applied to the running reference router
 * through the same run (no reboot) and all derived checks of the corrected seed run; exactly the checks the mutation
 * breaks fail, each with a message saying what the traffic showed. The lab's DNS API forgets its records once a
 * config without dynamic DNS has converged, so that mutation is seen to leave no record whatever ran before it.
 * The mutations are split over two classes by what they break; both run on the seed's shared lab, one after the other
 * (a lab of their own each cost more in boots than it saved in waiting, on a machine whose cores the labs fill).
 */
abstract class NegativeControls {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.negative");
    static final Path GOOD = Path.of("examples/seed/corrected.conf");
    private static final Path ARTIFACTS = Path.of("target", "vyos-lab", "NegativeControls");

    /**
     * {@code checks}, those in {@code broken} watched failing for the scenarios' broken-within limit instead of the
     * 90 s a check expected to hold may take: the lab has converged before the checks run.
     */
    static List<Check> watchingBroken(List<Check> checks, Set<String> broken) {
        return checks.stream().map(c -> broken.contains(c.id()) ? c.within(Scenarios.brokenWithin()) : c).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void exactlyTheBrokenClaimsFail(Mutation mutation, LabRun run) throws IOException {
        run.apply(mutation.apply(Files.readString(GOOD)));
        Map<String, String> failed = run.runChecks(watchingBroken(run.checks(), mutation.failing()), r -> { })
                .failures().stream()
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
