package dev.vyoslab.world;

import dev.vyoslab.config.VyosVersion;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a run is asked to check: a config, optionally judged against the claims of a known-good {@code baseline}
 * (the lab and the checks come from the baseline, the router gets the config), on a device, for a VyOS version.
 */
public record RunSpec(Path config, Optional<Path> baseline, DutChoice dut, VyosVersion version) {

    /** The config checked on the reference router, as VyOS 1.3 (the seed's release). */
    public static RunSpec of(Path config) {
        return new RunSpec(config, Optional.empty(), DutChoice.reference(), VyosVersion.V1_3);
    }

    public RunSpec withBaseline(Path baseline) {
        return new RunSpec(config, Optional.of(baseline), dut, version);
    }

    public RunSpec withDut(DutChoice dut) {
        return new RunSpec(config, baseline, dut, version);
    }
}
