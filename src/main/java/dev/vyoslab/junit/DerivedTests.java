package dev.vyoslab.junit;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.CheckRunner;
import dev.vyoslab.check.Scenario;
import dev.vyoslab.check.ScenarioRun;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks the config claims, as JUnit dynamic tests named {@code id: title}; a failure saves the artifacts. A
 * router that never converged is one failing test saying what was seen, instead of every check timing out.
 * Scenarios are containers of one test per step.
 */
public final class DerivedTests {

    private final Optional<CheckResult> notConverged;
    private final List<Check> checks;
    private final Function<List<String>, List<Scenario>> scenarios;
    private final UnaryOperator<String> mask;
    private final BiConsumer<String, Throwable> onFailure;
    private final VyosVersion release;
    private final Function<VyosVersion, VyosConfig> upgrade;
    private final Runnable restore;

    /**
     * {@code mask} removes secrets from what a scenario step reports ({@code VyosConfig::mask}); {@code upgrade}
     * migrates the class's config (of {@code release}) to a newer release and applies it to the lab; {@code restore}
     * applies the class's config again if something else is applied.
     */
    DerivedTests(Optional<CheckResult> notConverged, List<Check> checks,
                 Function<List<String>, List<Scenario>> scenarios, UnaryOperator<String> mask,
                 BiConsumer<String, Throwable> onFailure, VyosVersion release,
                 Function<VyosVersion, VyosConfig> upgrade, Runnable restore) {
        this.notConverged = notConverged;
        this.checks = checks;
        this.scenarios = scenarios;
        this.mask = mask;
        this.onFailure = onFailure;
        this.release = release;
        this.upgrade = upgrade;
        this.restore = restore;
    }

    public List<Check> checks() {
        return checks;
    }

    public Stream<DynamicTest> dynamicTests() {
        return dynamicTests(() -> { });
    }

    /**
     * The upgrade to each of {@code releases} ({@code 1.4}, {@code rolling}): the checks on the config's own release,
     * then for each release the config migrated by VyOS's own scripts (from the config itself, as an upgrade from its
     * release would) and applied, and the same checks, derived from the old release's intent, on the new one. A
     * regression is a test that passed in the first container and fails in a later one.
     */
    public Stream<DynamicNode> upgradeTo(String... releases) {
        AtomicBoolean restored = new AtomicBoolean();
        Stream<DynamicNode> before = Stream.of(DynamicContainer.dynamicContainer("on " + release.id(),
                dynamicTests(() -> {
                    if (!restored.getAndSet(true)) {
                        restore.run();
                    }
                })));
        return Stream.concat(before, Stream.of(releases).map(VyosVersion::of).flatMap(this::upgradeTo));
    }

    private Stream<DynamicNode> upgradeTo(VyosVersion target) {
        AtomicReference<Throwable> migration = new AtomicReference<>();
        return Stream.of(
                DynamicTest.dynamicTest("migrated to " + target.id() + " by VyOS's scripts and applied", () -> {
                    try {
                        upgrade.apply(target);
                    } catch (RuntimeException e) {
                        migration.set(e);
                        throw e;
                    }
                }),
                DynamicContainer.dynamicContainer("on " + target.id(), dynamicTests(() -> {
                    if (migration.get() != null) {
                        Assumptions.abort("not migrated: " + migration.get().getMessage());
                    }
                })));
    }

    private Stream<DynamicTest> dynamicTests(Runnable before) {
        if (notConverged.isPresent()) {
            CheckResult r = notConverged.get();
            return Stream.of(DynamicTest.dynamicTest(r.check().toString(), () -> {
                throw new AssertionError(r.message());
            }));
        }
        return checks.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            before.run();
            try {
                c.body().run();
            } catch (Throwable t) {
                onFailure.accept(c.id(), t);
                throw t;
            }
        }));
    }

    /**
     * The scenarios called {@code names} ({@code Scenarios.NAMES}), a container each with one test per step: its
     * fault, then its check. After a failed step the rest are aborted (each would only wait out its limit); the line is
     * restored after the last. A scenario the config gives nothing to act on is one aborted test saying why.
     */
    public Stream<DynamicContainer> scenarios(String... names) {
        return scenarios.apply(List.of(names)).stream().map(s -> DynamicContainer.dynamicContainer(
                "scenario/" + s.name() + ": " + s.title(), s.notApplicable().isPresent()
                        ? Stream.of(DynamicTest.dynamicTest("not applicable", () -> Assumptions.abort(
                                "not applicable: " + s.notApplicable().get())))
                        : steps(s)));
    }

    private Stream<DynamicTest> steps(Scenario s) {
        ScenarioRun run = new ScenarioRun(s, new CheckRunner(mask));
        List<Scenario.Step> steps = s.steps();
        return IntStream.range(0, steps.size()).mapToObj(i -> DynamicTest.dynamicTest(steps.get(i).check().toString(),
                () -> {
                    try {
                        CheckResult r = run.step(steps.get(i)).result();
                        if (r.status() == CheckResult.Status.SKIPPED) {
                            Assumptions.abort(r.message());
                        } else if (!r.passed()) {
                            Throwable t = r.status() == CheckResult.Status.FAILED ? new AssertionError(r.message())
                                    : new IllegalStateException(r.message());
                            onFailure.accept(r.check().id(), t);
                            throw t;
                        }
                    } finally {
                        if (i == steps.size() - 1) {
                            run.restore();
                        }
                    }
                }));
    }

    /** A check id as a directory name: {@code dhcp/HOME-DHCP/10.0.1.0-24} becomes {@code dhcp_HOME-DHCP_10.0.1.0-24}. */
    static Path dirName(String id) {
        return Path.of(id.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
