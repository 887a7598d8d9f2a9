package dev.vyoslab.world;

import java.time.Duration;

/** Hears what a lab start is doing (the CLI prints it; tests log it). */
public interface Progress {

    Progress SILENT = new Progress() {
        @Override
        public void starting(String what) {
        }

        @Override
        public void done(String what, Duration took) {
        }
    };

    void starting(String what);

    void done(String what, Duration took);
}
