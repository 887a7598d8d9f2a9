package dev.vyoslab.dut.vyos;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vyoslab.config.VyosVersion;
import java.time.Duration;
import java.util.Optional;

/**
 * The ISO and version the opt-in VyOS ITs run against: {@code -Dvyos.iso} (+ sha256), else a build when
 * {@code -Dvyos.build=VERSION} (with {@code -Dvyos.build.mirror}), else the IT is skipped with the reason.
 */
final class ItIso {

    private ItIso() {
    }

    static VyosIso requireIso() {
        Optional<VyosIso> configured = VyosIso.configured(VyosIso.defaultCacheDir(), Duration.ofSeconds(20));
        if (configured.isPresent()) {
            return configured.get();
        }
        String build = System.getProperty("vyos.build", "");
        assumeTrue(!build.isBlank(), VyosIso.notConfiguredReason() + ", or -Dvyos.build=1.3.4|rolling to build one");
        return new VyosIsoBuild(build, VyosIsoBuild.defaultPins())
                .mirror(System.getProperty("vyos.build.mirror", System.getenv("VYOS_MIRROR"))).run();
    }

    /** {@code -Dvyos.version}: 1.3 (default), 1.4 or rolling; decides the install dialogue and the release 1.3 configs are migrated to. */
    static VyosVersion version() {
        String v = System.getProperty("vyos.version", System.getProperty("vyos.build", "1.3"));
        return v.startsWith("rolling") || v.equals("current") ? VyosVersion.ROLLING
                : v.startsWith("1.4") ? VyosVersion.V1_4 : VyosVersion.V1_3;
    }
}
