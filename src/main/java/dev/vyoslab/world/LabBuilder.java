package dev.vyoslab.world;

import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabException;
import java.time.Duration;

/**
 * Builds and starts the lab a {@link LabPlan} describes, with the chosen device under test: segments and peers
 * ({@link LabNodes}), the router started after the BRAS, the AFTR and the NGN it talks to, then booted. Each phase
 * is reported to {@link Progress} with its time. The caller applies a config ({@link RunningLab#apply}) and closes
 * the result; a failed start removes everything it made.
 */
public final class LabBuilder {

    private LabBuilder() {
    }

    /** Starts the lab for {@code plan} and boots {@code dut} in it; the caller closes the result. */
    public static RunningLab start(LabPlan plan, DutChoice dut, Progress progress) {
        if (!plan.problems().isEmpty()) {
            throw new LabException("the lab cannot be built for this config: " + String.join("; ", plan.problems()));
        }
        Lab lab = Lab.create();
        try {
            LabNodes nodes = LabNodes.add(lab, plan);
            DutNode dutNode = DutNode.add(lab, dut, plan, nodes);
            nodes.bras().ifPresent(dutNode.node()::dependsOnNode);
            nodes.aftr().ifPresent(dutNode.node()::dependsOnNode);
            dutNode.node().dependsOnNode(nodes.ngn());
            phase(progress, "lab " + lab.runId() + " (segments, ISP, LAN hosts, router VM)", lab::start);
            phase(progress, "router boot", () -> dutNode.router().boot());
            if (dutNode.router() instanceof ReferenceRouter r && nodes.dnsApi().isPresent()) {
                // the lab CA exists only once the DNS-API mock has started (documented deviation: see DESIGN.md)
                r.withTrustedCa(nodes.dnsApi().get().caCertificatePem());
            }
            return new StartedLab(lab, plan, nodes, dutNode.router(), progress);
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    static void phase(Progress progress, String what, Runnable body) {
        progress.starting(what);
        long t0 = System.nanoTime();
        body.run();
        progress.done(what, Duration.ofNanos(System.nanoTime() - t0));
    }
}
