package dev.vyoslab.vm;

import java.time.Duration;

/** The serial console did not show what was awaited in time; carries the tail of the transcript. */
public final class ConsoleTimeoutException extends RuntimeException {

    public ConsoleTimeoutException(String node, String awaited, Duration timeout, String lastOutput) {
        super("[" + node + "] console did not show " + awaited + " within " + timeout.toSeconds()
                + " s; last console output:\n" + lastOutput);
    }
}
