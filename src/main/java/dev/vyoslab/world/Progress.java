package dev.vyoslab.world;

import java.time.Duration;

/** Hears each phase of a run once, when it ends, with its time (the CLI prints it; tests log it). */
@FunctionalInterface
public interface Progress {

    Progress SILENT = (what, took) -> { };

    void done(String what, Duration took);
}
