package dev.vyoslab.world;

import dev.vyoslab.lab.LabException;

/**
 * Builds and starts the lab a {@link LabPlan} describes, with the chosen device under test. The ISP peers and LAN
 * hosts (package {@code isp}) and the routers (package {@code dut}) realise the plan's roles; until they are merged
 * here, starting fails with a {@link LabException} that says so, and everything above (checks, JUnit extension,
 * CLI) is wired to this one entry point.
 */
public final class LabBuilder {

    private LabBuilder() {
    }

    /** Starts the lab for {@code plan} and boots {@code dut} in it; the caller closes the result. */
    public static RunningLab start(LabPlan plan, DutChoice dut, Progress progress) {
        if (!plan.problems().isEmpty()) {
            throw new LabException("the lab cannot be built for this config: " + String.join("; ", plan.problems()));
        }
        throw new LabException("this build has no ISP peers and " + dut.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " router wired into LabBuilder yet (branches isp, refrouter, vyos): lint works, check cannot run");
    }
}
