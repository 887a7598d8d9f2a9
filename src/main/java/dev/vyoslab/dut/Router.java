package dev.vyoslab.dut;

import dev.vyoslab.config.VyosConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A device under test: VyOS itself ({@code VyosRouter}) or the reference Linux router ({@code ReferenceRouter}).
 * Checks talk to a router only through this interface, so one suite runs against either.
 */
public interface Router extends AutoCloseable {

    /** Node name, also the logger suffix ({@code vyoslab.node.NAME}). */
    String name();

    /** Which implementation this is, for reports. */
    DeviceKind kind();

    /** Boots the device (its node must be part of a started lab) and waits until it accepts commands. */
    void boot();

    /**
     * Applies {@code config}, replacing whatever was applied before. Problems are returned as diagnostics on the
     * user's config lines (an empty list means applied and committed); nothing is left half-applied.
     */
    List<dev.vyoslab.config.Diagnostic> apply(VyosConfig config);

    /** Waits until what the applied config claims is up (PPPoE session, tunnel, addresses), or fails naming what is not. */
    void awaitConverged(Duration timeout);

    /** What the device reports about itself now. */
    RouterState state();

    /** Makes the applied config survive a reboot. */
    void save();

    /** Reboots and waits until the device accepts commands again. */
    void reboot();

    /** Writes the console log, the applied config and the device's own view of its state into {@code dir}. */
    void saveArtifacts(Path dir);

    @Override
    void close();
}
