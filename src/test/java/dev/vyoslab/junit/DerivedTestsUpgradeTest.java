package dev.vyoslab.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * An upgrade as JUnit tests (no Docker): the checks on the old release, the migration, the same checks on the new
 * one, in that order; a check that only holds before fails after; a failed migration aborts the new release's tests.
 */
class DerivedTestsUpgradeTest {

    private final List<String> events = new ArrayList<>();
    private boolean upgraded;

    private DerivedTests tests(Function<VyosVersion, VyosConfig> upgrade) {
        Check holds = new Check("a", "a", CheckKind.SOURCE_NAT, 0, () -> events.add("check a"));
        Check regresses = new Check("b", "b", CheckKind.FIREWALL, 0, () -> {
            events.add("check b");
            if (upgraded) {
                throw new AssertionError("seen: dropped");
            }
        });
        return new DerivedTests(Optional.empty(), List.of(holds, regresses), names -> List.of(), s -> s,
                (id, t) -> events.add("failure " + id), VyosVersion.V1_3, upgrade, () -> events.add("restore"));
    }

    private static List<DynamicTest> flatten(Stream<DynamicNode> nodes) {
        List<DynamicTest> out = new ArrayList<>();
        nodes.forEach(n -> {
            if (n instanceof DynamicContainer c) {
                out.addAll(flatten(c.getChildren().map(DynamicNode.class::cast)));
            } else {
                out.add((DynamicTest) n);
            }
        });
        return out;
    }

    @Test
    void theChecksRunOnTheOldReleaseThenTheMigrationThenTheSameChecksOnTheNew() throws Throwable {
        List<DynamicNode> nodes = tests(to -> {
            events.add("migrate to " + to.id());
            upgraded = true;
            return null;
        }).upgradeTo("1.4").toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName)
                .containsExactly("on 1.3", "migrated to 1.4 by VyOS's scripts and applied", "on 1.4");
        List<DynamicTest> all = flatten(nodes.stream());
        for (DynamicTest t : all.subList(0, 3)) {
            t.getExecutable().execute();
        }
        all.get(3).getExecutable().execute();
        assertThatThrownBy(() -> all.get(4).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("dropped");
        assertThat(events).containsExactly("restore", "check a", "check b", "migrate to 1.4", "check a", "check b",
                "failure b");
    }

    @Test
    void eachReleaseIsMigratedFromTheConfigItselfAfterTheOldReleasesChecks() {
        List<DynamicNode> nodes = tests(to -> {
            events.add("migrate to " + to.id());
            return null;
        }).upgradeTo("1.4", "rolling").toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("on 1.3",
                "migrated to 1.4 by VyOS's scripts and applied", "on 1.4",
                "migrated to rolling by VyOS's scripts and applied", "on rolling");
    }

    @Test
    void aFailedMigrationAbortsTheNewReleasesChecks() {
        List<DynamicTest> all = flatten(tests(to -> {
            throw new IllegalStateException("python3 missing");
        }).upgradeTo("rolling"));
        assertThatThrownBy(() -> all.get(2).getExecutable().execute()).hasMessageContaining("python3 missing");
        assertThatThrownBy(() -> all.get(3).getExecutable().execute()).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("not migrated: python3 missing");
        assertThat(events).doesNotContain("check a");
    }
}
