package dev.vyoslab.dut;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.LogOutputStream;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * A command on the host (docker, git) run with commons-exec: a time limit, stdout and stderr merged and fed line by
 * line to a consumer, the last lines kept for failure messages.
 */
final class HostCommand {

    private static final int TAIL_LINES = 60;

    private final String name;
    private final CommandLine commandLine;
    private final Deque<String> tail = new ArrayDeque<>();
    private final ExecuteWatchdog watchdog;
    private final DefaultExecuteResultHandler result = new DefaultExecuteResultHandler();
    private final long started = System.nanoTime();

    private HostCommand(String name, List<String> argv, Duration timeout) {
        this.name = name;
        this.commandLine = new CommandLine(argv.get(0));
        argv.subList(1, argv.size()).forEach(a -> commandLine.addArgument(a, false));
        this.watchdog = ExecuteWatchdog.builder().setTimeout(timeout).get();
    }

    /** Starts {@code argv}; it is killed when {@code timeout} passes. */
    static HostCommand start(String name, List<String> argv, Duration timeout, Map<String, String> env,
                             Consumer<String> lines) {
        HostCommand c = new HostCommand(name, argv, timeout);
        DefaultExecutor executor = DefaultExecutor.builder().get();
        executor.setExitValues(null);
        executor.setWatchdog(c.watchdog);
        LogOutputStream sink = new LogOutputStream() {
            @Override
            protected void processLine(String line, int level) {
                synchronized (c.tail) {
                    c.tail.addLast(line);
                    if (c.tail.size() > TAIL_LINES) {
                        c.tail.removeFirst();
                    }
                }
                lines.accept(line);
            }
        };
        executor.setStreamHandler(new PumpStreamHandler(sink, sink));
        try {
            Map<String, String> environment = new java.util.HashMap<>(System.getenv());
            environment.putAll(env);
            executor.execute(c.commandLine, environment, c.result);
        } catch (IOException e) {
            throw new VyosIsoException(name + ": cannot run `" + c + "`: " + e.getMessage(), e);
        }
        return c;
    }

    /** Runs to the end (or the time limit) and returns the exit code; -1 when it could not start. */
    static HostCommand run(String name, List<String> argv, Duration timeout, Consumer<String> lines) {
        HostCommand c = start(name, argv, timeout, Map.of(), lines);
        c.awaitExit();
        return c;
    }

    void awaitExit() {
        try {
            result.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watchdog.destroyProcess();
            throw new VyosIsoException("interrupted while running " + this, e);
        }
    }

    /** Waits up to {@code max}; true when the command ended. */
    boolean awaitExit(Duration max) {
        try {
            result.waitFor(max);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watchdog.destroyProcess();
            throw new VyosIsoException("interrupted while running " + this, e);
        }
        return result.hasResult();
    }

    void kill() {
        watchdog.destroyProcess();
        awaitExit();
    }

    int exitCode() {
        return result.hasResult() ? result.getExitValue() : -1;
    }

    boolean timedOut() {
        return watchdog.killedProcess();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    String tail(int n) {
        synchronized (tail) {
            List<String> all = List.copyOf(tail);
            return String.join("\n", all.subList(Math.max(0, all.size() - n), all.size()));
        }
    }

    /** Names the command, its exit code and its last output lines. */
    String failure(String what) {
        return what + ": `" + this + "` " + (timedOut() ? "was killed after its time limit" : "exited " + exitCode())
                + (tail(1).isEmpty() ? " without output" : "; last output:\n  " + tail(12).replace("\n", "\n  "));
    }

    @Override
    public String toString() {
        return String.join(" ", commandLine.toStrings());
    }
}
