package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ddclient restart script run by bash against stand-in processes titled as ddclient titles itself (ddclient 3.10:
 * its command line while starting, {@code "ddclient - sleeping for N seconds"} once running): with no config left,
 * it stops both and nothing else.
 */
class DdclientRestartTest {

    @TempDir
    Path run;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    private Process titled(String title) throws IOException {
        Process p = new ProcessBuilder("bash", "-c", "exec -a \"$0\" sleep 300", title).start();
        started.add(p);
        return p;
    }

    private void restart() throws IOException, InterruptedException {
        Path script = run.resolve("ddclient-restart");
        Files.writeString(script, new DdclientRestart(run.toString()).render());
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    private static boolean stopped(Process p) throws InterruptedException {
        return p.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void stopsTheRunningDdclientByItsPidFileAfterItRenamedItself() throws Exception {
        Process running = titled("ddclient - sleeping for 60 seconds");
        Files.writeString(run.resolve("ddclient.pid"), running.pid() + "\n");
        restart();
        assertThat(stopped(running)).isTrue();
        assertThat(run.resolve("ddclient.pid")).doesNotExist();
    }

    @Test
    void stopsADdclientStillStartingByItsCommandLine() throws Exception {
        Process starting = titled("ddclient -file " + run.resolve("ddclient.conf"));
        restart();
        assertThat(stopped(starting)).isTrue();
    }

    @Test
    void leavesOtherProcessesAlone() throws Exception {
        Process otherRunDir = titled("ddclient -file /elsewhere/ddclient.conf");
        Process reusedPid = titled("sleep");
        Files.writeString(run.resolve("ddclient.pid"), reusedPid.pid() + "\n");
        restart();
        assertThat(otherRunDir.isAlive()).isTrue();
        assertThat(reusedPid.isAlive()).isTrue();
    }
}
