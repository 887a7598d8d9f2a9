package dev.vyoslab.world;

import dev.vyoslab.check.LabView;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import dev.vyoslab.lab.Lab;
import java.nio.file.Path;

/** A started lab with its router, seen through the roles checks use. Closing it removes everything it made. */
public interface RunningLab extends AutoCloseable {

    Lab lab();

    Router router();

    LabPlan plan();

    LabView view();

    /** Applies {@code config} to the router (replacing what was applied) and waits until it converged. */
    void apply(VyosConfig config);

    /** Console logs, the applied config and the router's own view, into {@code dir}. */
    void saveArtifacts(Path dir);

    @Override
    void close();
}
