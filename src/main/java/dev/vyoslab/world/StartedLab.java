package dev.vyoslab.world;

import dev.vyoslab.check.LabView;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.vm.MicroVm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lab {@link LabBuilder} started: applies configs with timed phases, saves artifacts, tears everything down. */
final class StartedLab implements RunningLab {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.world");
    static final Duration CONVERGE = Duration.ofSeconds(Long.getLong("vyoslab.converge", 180));
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final Lab lab;
    private final LabPlan plan;
    private final LabNodes nodes;
    private final Router router;
    private final LabRoles view;
    private final Progress progress;
    private VyosConfig applied;

    StartedLab(Lab lab, LabPlan plan, LabNodes nodes, Router router, Progress progress) {
        this.lab = lab;
        this.plan = plan;
        this.nodes = nodes;
        this.router = router;
        this.view = new LabRoles(plan, nodes, router);
        this.progress = progress;
    }

    @Override
    public Lab lab() {
        return lab;
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public LabPlan plan() {
        return plan;
    }

    @Override
    public LabView view() {
        return view;
    }

    @Override
    public void apply(VyosConfig config) {
        LabBuilder.phase(progress, "apply " + config.sourceName(), () -> {
            List<Diagnostic> refused = router.apply(config);
            if (!refused.isEmpty()) {
                throw new LabException("[" + router.name() + "] refused " + config.sourceName() + ":\n  "
                        + String.join("\n  ", refused.stream().map(d -> config.mask(d.toString())).toList()));
            }
        });
        applied = config;
        LabBuilder.phase(progress, "converge", () -> {
            router.awaitConverged(CONVERGE);
            awaitClientLease();
        });
    }

    /**
     * The DHCP client asks again when it holds no address: it may have backed off while the router had no DHCP
     * server yet. No lease after that is left for the DHCP check to report, not an error here.
     */
    private void awaitClientLease() {
        if (plan.lan().dhcpRanges().isEmpty() || nodes.client().currentAddress().isPresent()) {
            return;
        }
        nodes.client().renew();
        try {
            Awaitility.await(nodes.client().name() + " leased an address").atMost(LEASE)
                    .pollInterval(Duration.ofMillis(500)).until(() -> nodes.client().currentAddress().isPresent());
        } catch (ConditionTimeoutException e) {
            LOG.warn("{} has no DHCP lease {} s after convergence", nodes.client().name(), LEASE.toSeconds());
        }
    }

    @Override
    public void saveArtifacts(Path dir) {
        try {
            Files.createDirectories(dir);
            router.saveArtifacts(dir);
            String mask = applied == null ? plan.toString() : applied.mask(plan.toString());
            Files.writeString(dir.resolve("lab-plan.txt"), mask + "\nrun " + lab.runId() + "\n");
            for (MicroVm<?> vm : Stream.concat(nodes.aftr().stream(), nodes.bras().stream()).toList()) {
                if (vm.consoleLog() != null && Files.exists(vm.consoleLog())) {
                    Files.copy(vm.consoleLog(), dir.resolve(vm.name() + "-console.log"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (nodes.bras().isPresent() && nodes.bras().get().isRunning()) {
                String log = nodes.bras().get().pppLog();
                Files.writeString(dir.resolve("bras-pppd.log"), applied == null ? log : applied.mask(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write artifacts to " + dir, e);
        } catch (RuntimeException e) {
            LOG.warn("some artifacts could not be saved into {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            router.close();
        } catch (RuntimeException e) {
            LOG.warn("closing {} failed: {}", router.name(), e.getMessage());
        }
        lab.close();
    }
}
