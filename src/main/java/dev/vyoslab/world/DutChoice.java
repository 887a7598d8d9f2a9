package dev.vyoslab.world;

import dev.vyoslab.dut.DeviceKind;
import java.util.Optional;

/**
 * Which device a run tests. A VyOS run needs an ISO: a path or URL and its sha256 (checked before anything boots).
 */
public record DutChoice(DeviceKind kind, Optional<String> iso, Optional<String> isoSha256) {

    public static DutChoice reference() {
        return new DutChoice(DeviceKind.REFERENCE, Optional.empty(), Optional.empty());
    }
}
