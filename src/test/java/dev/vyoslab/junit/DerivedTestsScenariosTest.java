package dev.vyoslab.junit;

import dev.vyoslab.config.VyosVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.check.Scenario;
import dev.vyoslab.config.VyosVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Scenarios as JUnit tests (no Docker): one test per step in order, a failure masked and reported once, the steps
 * after it aborted, the line restored after the last, a scenario not applicable one aborted test.
 */
class DerivedTestsScenariosTest {

    private final List<String> events = new ArrayList<>();

    private Check check(String id, boolean holds) {
        return new Check(id, id, CheckKind.SCENARIO, 0, () -> {
            events.add("check " + id);
            if (!holds) {
                throw new AssertionError("seen: secret-pw in the way");
            }
        });
    }

    private List<DynamicTest> tests(Scenario scenario) {
        DerivedTests tests = new DerivedTests(Optional.empty(), List.of(), names -> List.of(scenario),
                s -> s.replace("secret-pw", "******"), (id, t) -> events.add("failure " + id + ": " + t.getMessage()),
                VyosVersion.V1_3, to -> {
                    throw new AssertionError("no upgrade here");
                }, () -> { });
        DynamicContainer c = tests.scenarios(scenario.name()).findFirst().orElseThrow();
        return c.getChildren().map(DynamicNode.class::cast).map(DynamicTest.class::cast).toList();
    }

    @Test
    void aFailedStepIsReportedMaskedOnceAndTheRestAreAbortedThenTheLineIsRestored() throws Throwable {
        Scenario s = new Scenario("x", "x", Optional.empty(), List.of(
                new Scenario.Step(Optional.of(() -> events.add("fault")), check("a", true)),
                new Scenario.Step(Optional.empty(), check("b", false)),
                new Scenario.Step(Optional.empty(), check("c", true))), () -> events.add("restore"));
        List<DynamicTest> steps = tests(s);
        assertThat(steps).extracting(DynamicTest::getDisplayName).containsExactly("a: a", "b: b", "c: c");
        steps.get(0).getExecutable().execute();
        assertThatThrownBy(() -> steps.get(1).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("******").hasMessageNotContaining("secret-pw");
        assertThatThrownBy(() -> steps.get(2).getExecutable().execute()).isInstanceOf(TestAbortedException.class)
                .hasMessage("not run: b did not pass");
        assertThat(events).containsExactly("fault", "check a", "check b", "failure b: seen: ****** in the way",
                "restore");
    }

    @Test
    void aScenarioNotApplicableIsOneAbortedTest() {
        List<DynamicTest> steps = tests(new Scenario("y", "y", Optional.of("no PPPoE"), List.of(), () -> { }));
        assertThat(steps).singleElement().satisfies(t -> assertThatThrownBy(() -> t.getExecutable().execute())
                .isInstanceOf(TestAbortedException.class).hasMessage("not applicable: no PPPoE"));
    }
}
