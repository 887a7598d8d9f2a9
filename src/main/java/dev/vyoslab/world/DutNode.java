package dev.vyoslab.world;

import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.dut.Router;
import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.dut.vyos.VyosIso;
import dev.vyoslab.dut.vyos.VyosRouter;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.vm.MicroVm;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The device under test as a router and the lab node it runs in (the same object for the reference router). */
record DutNode(Router router, MicroVm<?> node) {

    static final String NAME = "router";

    /** Adds the chosen device to {@code lab}: eth0 on the WAN with the plan's MAC (reference), eth1 on the LAN. */
    static DutNode add(Lab lab, DutChoice dut, LabPlan plan, LabNodes nodes) {
        return switch (dut.kind()) {
            case REFERENCE -> {
                ReferenceRouter r = lab.add(new ReferenceRouter(NAME, nodes.mgmt())
                        .withWan(nodes.wan(), plan.routerWanMac())
                        .withLan(nodes.lan(), ReferenceRouter.DEFAULT_LAN_MAC));
                yield new DutNode(r, r);
            }
            case VYOS -> {
                VyosRouter r = new VyosRouter(NAME, iso(dut), version(), Path.of("target", "vyos-lab", "vyos"));
                yield new DutNode(r, lab.add(r.node(nodes.mgmt(), nodes.wan(), nodes.lan())));
            }
        };
    }

    /** The ISO the choice names, else the one configured by property or environment; none is an error. */
    private static VyosIso iso(DutChoice dut) {
        if (dut.iso().isPresent()) {
            String where = dut.iso().get();
            String sha = dut.isoSha256().orElseThrow(() -> new LabException("a VyOS ISO (" + where
                    + ") needs its sha256 (--iso-sha256)"));
            return where.startsWith("http://") || where.startsWith("https://")
                    ? VyosIso.fromUrl(URI.create(where), sha, VyosIso.defaultCacheDir(), Duration.ofSeconds(20))
                    : VyosIso.fromFile(Path.of(where), sha, VyosIso.defaultCacheDir());
        }
        Optional<VyosIso> configured = VyosIso.configured(VyosIso.defaultCacheDir(), Duration.ofSeconds(20));
        return configured.orElseThrow(() -> new LabException(VyosIso.notConfiguredReason()));
    }

    /** {@code -Dvyos.version}: 1.3 (default), 1.4 or rolling. */
    private static VyosVersion version() {
        String v = System.getProperty("vyos.version", "1.3");
        return v.startsWith("rolling") || v.equals("current") ? VyosVersion.ROLLING
                : v.startsWith("1.4") ? VyosVersion.V1_4 : VyosVersion.V1_3;
    }
}
