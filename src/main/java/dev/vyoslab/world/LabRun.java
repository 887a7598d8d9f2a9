package dev.vyoslab.world;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckKind;
import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.CheckRunner;
import dev.vyoslab.check.DerivedChecks;
import dev.vyoslab.check.LabView;
import dev.vyoslab.check.Scenario;
import dev.vyoslab.check.ScenarioResult;
import dev.vyoslab.check.ScenarioRunner;
import dev.vyoslab.check.Scenarios;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.Preflight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one run path: read, plan, start, apply, converge, derive, run, report. The CLI, the JUnit extension and the
 * ITs all go through it; a negative control re-applies a mutated config to the same lab with {@link #apply}.
 *
 * <p>Each phase is timed and reported once to {@link Progress}. A router that never converges is a failed check
 * (exit 1), a refused config or bad input a {@link RunFailure} with exit 2, a lab or environment that fails one with
 * exit 3. Closing removes everything the run made.
 */
public final class LabRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.world");
    static final Duration CONVERGE = Duration.ofSeconds(Long.getLong("vyoslab.converge", 180));

    private final Lab lab;
    private final List<Peer> peers;
    private final DutNode dut;
    private final LabRoles view;
    private final Progress progress;
    private RunInput input;
    private Optional<CheckResult> notConverged = Optional.empty();

    private LabRun(Lab lab, List<Peer> peers, DutNode dut, RunInput input, Progress progress) {
        this.lab = lab;
        this.peers = peers;
        this.dut = dut;
        this.view = new LabRoles(peers, dut.router(), input.plan().lan().subnet());
        this.input = input;
        this.progress = progress;
    }

    /** Reads and resolves {@code spec}, then {@link #start(RunInput, Progress)}. */
    public static LabRun start(RunSpec spec, Progress progress) {
        return start(RunInput.read(spec), progress);
    }

    /** Starts the lab for {@code input}'s plan, boots the device and applies the config; the caller closes it. */
    public static LabRun start(RunInput input, Progress progress) {
        // before any node is made: making one may already ask Docker (images, the accelerator probe)
        environment(input, "the lab did not start", Preflight::check);
        Lab lab = Lab.create();
        try {
            LabSegments segments = LabSegments.declare(lab, input.plan());
            List<Peer> peers = Peers.chosen(input.plan(), segments);
            peers.forEach(p -> lab.add(p.node()));
            DutNode dut = DutNode.add(lab, input, segments);
            peers.stream().filter(Peer::routerWaitsForIt).forEach(p -> dut.node().dependsOnNode(p.node()));
            environment(input, "the lab did not start", () -> phase(progress, "lab " + lab.runId() + " up ("
                    + (peers.size() + 1) + " nodes)", lab::start));
            environment(input, "the router did not boot", () -> phase(progress, "router boot", dut.router()::boot));
            if (dut.router() instanceof ReferenceRouter r) {
                // the lab CA exists only once the DNS-API mock has started (documented deviation: see DESIGN.md)
                peers.stream().flatMap(p -> p.dnsApi().stream()).findFirst()
                        .ifPresent(d -> r.withTrustedCa(d.caCertificatePem()));
            }
            LabRun run = new LabRun(lab, peers, dut, input, progress);
            run.applyAndConverge(input);
            return run;
        } catch (RuntimeException | Error e) {
            lab.close();
            throw e;
        }
    }

    private static void environment(RunInput input, String what, Runnable body) {
        try {
            body.run();
        } catch (RunFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw RunFailure.environment(what, e, input.config());
        }
    }

    static void phase(Progress progress, String what, Runnable body) {
        long t0 = System.nanoTime();
        body.run();
        progress.done(what, Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * Applies another config to the running lab; the plan (and so the lab) must be the one this run was built for.
     * A config the router refuses is a {@link RunFailure} and leaves the router with the config it had.
     */
    public void apply(RunInput next) {
        if (!next.plan().equals(input.plan()) || next.device() != input.device()) {
            throw new IllegalArgumentException("this lab was built for " + input.baseline().sourceName() + " on "
                    + input.device() + "; " + next.baseline().sourceName() + " needs a lab of its own");
        }
        applyAndConverge(next);
    }

    /** Applies {@code config} under the same baseline: the claims stay those of the baseline. */
    public void apply(VyosConfig config) {
        apply(input.withConfig(config));
    }

    private void applyAndConverge(RunInput next) {
        Router router = dut.router();
        VyosConfig config = next.config();
        phase(progress, "apply " + config.sourceName(), () -> {
            List<Diagnostic> refused = environmentResult(config, () -> router.apply(config));
            if (!refused.isEmpty()) {
                throw RunFailure.refused(router.name(), config, refused);
            }
        });
        input = next;
        long t0 = System.nanoTime();
        try {
            router.awaitConverged(CONVERGE);
            notConverged = Optional.empty();
            peers.forEach(p -> p.routerConverged(config.intent()));
        } catch (LabException e) {
            if (!dut.node().isRunning()) {
                throw RunFailure.environment("the router died while converging", e, config);
            }
            notConverged = Optional.of(new CheckResult(convergenceCheck(), CheckResult.Status.FAILED,
                    Duration.ofNanos(System.nanoTime() - t0), config.mask(String.valueOf(e.getMessage()))));
        }
        progress.done(notConverged.isEmpty() ? "converge" : "converge (NOT converged)",
                Duration.ofNanos(System.nanoTime() - t0));
    }

    private static <T> T environmentResult(VyosConfig config, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw RunFailure.environment("applying " + config.sourceName() + " failed", e, config);
        }
    }

    private Check convergenceCheck() {
        return new Check("converge", "the router reaches what " + input.config().sourceName() + " claims within "
                + CONVERGE.toSeconds() + " s", CheckKind.CONVERGENCE, 0, () -> { });
    }

    /** The checks the baseline claims, derived against this lab. */
    public List<Check> checks() {
        return DerivedChecks.from(input.baseline().intent(), view);
    }

    /**
     * Runs every derived check ({@code onResult} hears each as it ends). After a router that never converged, the
     * failed convergence is the only result: each check would only wait out its limit.
     */
    public RunResult runChecks(Consumer<CheckResult> onResult) {
        return runChecks(checks(), onResult);
    }

    /** Runs {@code checks}, some of {@link #checks()} perhaps with limits of their own, as {@link #runChecks}. */
    public RunResult runChecks(List<Check> checks, Consumer<CheckResult> onResult) {
        long t0 = System.nanoTime();
        List<CheckResult> results = new ArrayList<>();
        if (notConverged.isPresent()) {
            results.add(notConverged.get());
            onResult.accept(notConverged.get());
        } else {
            results.addAll(new CheckRunner(input.config()::mask).run(checks, onResult));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        progress.done(results.size() + " checks", took);
        return new RunResult(input.config().sourceName(), input.baseline().sourceName(), input.device(), results);
    }

    /** The scenarios called {@code names} the baseline gives something to act on, derived against this lab. */
    public List<Scenario> scenarios(List<String> names) {
        return scenarios(input.baseline().intent(), names);
    }

    /** The scenarios called {@code names} of {@code intent} (the applied config's, say), against this lab. */
    public List<Scenario> scenarios(Intent intent, List<String> names) {
        return Scenarios.from(intent, checks(), view, view, Set.copyOf(names));
    }

    /**
     * Runs the scenarios called {@code names} (none after a router that never converged: there is no healthy line to
     * put a fault on); {@code onStep} hears each step as it ends.
     */
    public List<ScenarioResult> runScenarios(List<String> names, Consumer<ScenarioResult.Step> onStep) {
        if (names.isEmpty() || notConverged.isPresent()) {
            return List.of();
        }
        long t0 = System.nanoTime();
        List<ScenarioResult> results = new ScenarioRunner(new CheckRunner(input.config()::mask))
                .run(scenarios(names), onStep);
        progress.done(results.size() + " scenarios", Duration.ofNanos(System.nanoTime() - t0));
        return results;
    }

    /** Why the router did not converge on the applied config, if it did not. */
    public Optional<CheckResult> notConverged() {
        return notConverged;
    }

    public RunInput input() {
        return input;
    }

    public Lab lab() {
        return lab;
    }

    public Router router() {
        return dut.router();
    }

    public LabPlan plan() {
        return input.plan();
    }

    public LabView view() {
        return view;
    }

    /** Console logs, the applied config, the plan and the router's own view, into {@code dir}. */
    public void saveArtifacts(Path dir) {
        try {
            Files.createDirectories(dir);
            dut.router().saveArtifacts(dir);
            Files.writeString(dir.resolve("lab-plan.txt"), input.config().mask(input.plan().toString())
                    + "\nrun " + lab.runId() + "\npeers: " + peers.stream().map(p -> p.node().name() + "@"
                    + p.segment().name()).toList() + "\n");
            for (Peer p : peers) {
                p.saveArtifacts(dir, input.config()::mask);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("some artifacts could not be saved into {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        long t0 = System.nanoTime();
        try {
            dut.router().close();
        } catch (RuntimeException e) {
            LOG.warn("closing {} failed: {}", dut.router().name(), e.getMessage());
        }
        lab.close();
        progress.done("tear down", Duration.ofNanos(System.nanoTime() - t0));
    }
}
