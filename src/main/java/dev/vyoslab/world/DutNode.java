package dev.vyoslab.world;

import dev.vyoslab.dut.Router;
import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.dut.vyos.VyosRouter;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.vm.MicroVm;
import java.nio.file.Path;

/** The device under test as a router and the lab node it runs in (the same object for the reference router). */
record DutNode(Router router, MicroVm<?> node) {

    static final String NAME = "router";

    /** Adds the input's device to {@code lab}: eth0 on the WAN with the plan's MAC, eth1 on the LAN. */
    static DutNode add(Lab lab, RunInput input, LabSegments segments) {
        return switch (input.device()) {
            case REFERENCE -> {
                ReferenceRouter r = lab.add(new ReferenceRouter(NAME, segments.mgmt())
                        .withWan(segments.wan(), input.plan().routerWanMac())
                        .withLan(segments.lan(), ReferenceRouter.DEFAULT_LAN_MAC));
                yield new DutNode(r, r);
            }
            case VYOS -> {
                VyosRouter r = new VyosRouter(NAME, input.iso().orElseThrow(), input.version(),
                        Path.of("target", "vyos-lab", "vyos")).withWanMac(input.plan().routerWanMac());
                yield new DutNode(r, lab.add(r.node(segments.mgmt(), segments.wan(), segments.lan())));
            }
        };
    }
}
