package dev.vyoslab.dut;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;

/**
 * Follows a vyos-build log: every line to a file, stage lines (live-build's {@code P:} lines, package steps) to the
 * logger with the elapsed time, the last lines kept for the failure diagnosis.
 */
final class BuildProgress implements AutoCloseable {

    private static final int KEEP = 200;

    private final Logger log;
    private final Path logFile;
    private final Deque<String> last = new ArrayDeque<>();
    private final long started = System.nanoTime();
    private Writer out;
    private long lines;

    BuildProgress(Logger log, Path logFile) {
        this.log = log;
        this.logFile = logFile;
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            out = Files.newBufferedWriter(logFile);
        } catch (IOException e) {
            log.warn("cannot write the build log {}: {}", logFile, e.getMessage());
        }
    }

    synchronized void line(String line) {
        lines++;
        last.addLast(line);
        if (last.size() > KEEP) {
            last.removeFirst();
        }
        if (out != null) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                out = null;
            }
        }
        long s = (System.nanoTime() - started) / 1_000_000_000L;
        if (line.startsWith("P: ") || line.startsWith("I: ") || line.startsWith("E: ") || line.contains("Error")) {
            log.info("[{}:{}, {} lines] {}", s / 60, String.format("%02d", s % 60), lines, line);
        } else {
            log.debug("{}", line);
        }
    }

    synchronized List<String> lastLines() {
        return List.copyOf(last);
    }

    Path logFile() {
        return logFile;
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                log.debug("closing build log: {}", e.getMessage());
            }
        }
    }
}
