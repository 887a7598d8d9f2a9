package dev.vyoslab.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expect-style access to a guest's serial console: wait for a pattern with a time limit, send a line.
 *
 * <p>A reader thread copies everything the guest prints into a transcript (and a log file when given); {@link #await}
 * matches against what arrived since the previous match, so a prompt is consumed once. The same class reads
 * recorded transcripts in unit tests.
 */
public final class SerialConsole implements AutoCloseable {

    private static final int TAIL_CHARS = 2000;

    private final String node;
    private final OutputStream toGuest;
    private final Logger log;
    private final StringBuilder transcript = new StringBuilder();
    private final Thread reader;
    private int consumed;
    private boolean ended;

    public SerialConsole(String node, InputStream fromGuest, OutputStream toGuest, Path logFile) {
        this.node = node;
        this.toGuest = toGuest;
        this.log = LoggerFactory.getLogger("vyoslab.node." + node + ".console");
        this.reader = new Thread(() -> pump(fromGuest, logFile), "console-" + node);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Waits until the output since the last match contains {@code pattern}; returns the match and consumes the output
     * up to its end.
     */
    public Matcher await(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (transcript) {
            while (true) {
                Matcher m = pattern.matcher(transcript);
                if (m.find(consumed)) {
                    consumed = m.end();
                    return m;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    String why = ended ? " (console closed)" : "";
                    throw new ConsoleTimeoutException(node, "/" + pattern.pattern() + "/" + why, timeout, tail());
                }
                try {
                    transcript.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while awaiting console of " + node, e);
                }
            }
        }
    }

    /** Types a line (with a carriage return, as a terminal would). */
    public void sendLine(String line) {
        try {
            toGuest.write((line + "\r").getBytes(StandardCharsets.UTF_8));
            toGuest.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to console of " + node, e);
        }
    }

    /** Everything the guest printed so far. */
    public String transcript() {
        synchronized (transcript) {
            return transcript.toString();
        }
    }

    /** The last part of the transcript, for failure messages. */
    public String tail() {
        synchronized (transcript) {
            return transcript.substring(Math.max(0, transcript.length() - TAIL_CHARS));
        }
    }

    private void pump(InputStream in, Path logFile) {
        byte[] buf = new byte[4096];
        try (in; OutputStream file = logFile == null ? OutputStream.nullOutputStream()
                : Files.newOutputStream(logFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                file.write(buf, 0, n);
                file.flush();
                String text = new String(buf, 0, n, StandardCharsets.UTF_8).replace("\r", "");
                synchronized (transcript) {
                    transcript.append(text);
                    transcript.notifyAll();
                }
                log.trace("{}", text);
            }
        } catch (IOException e) {
            log.debug("console of {} closed: {}", node, e.getMessage());
        } finally {
            synchronized (transcript) {
                ended = true;
                transcript.notifyAll();
            }
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            toGuest.close();
        } catch (IOException e) {
            log.debug("closing console of {}: {}", node, e.getMessage());
        }
    }
}
