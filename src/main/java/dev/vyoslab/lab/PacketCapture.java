package dev.vyoslab.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * tcpdump on a node's interface (in a container, or in a microVM's guest: {@link LabContainer#exec} runs where the
 * node's network is), written to a pcap file and fetched with {@link #stopAndSave} as a failure artifact. Started means
 * tcpdump reported it is listening.
 */
public final class PacketCapture implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final LabContainer<?> node;
    private final String iface;
    private final String file;
    private final String pid;
    private boolean stopped;

    private PacketCapture(LabContainer<?> node, String iface, String file, String pid) {
        this.node = node;
        this.iface = iface;
        this.file = file;
        this.pid = pid;
    }

    /** Starts capturing on {@code iface} ("any" for all) with a pcap {@code filter} (may be empty). */
    public static PacketCapture start(LabContainer<?> node, String iface, String filter) {
        if (!iface.matches("[A-Za-z0-9_.@-]+")) {
            throw new IllegalArgumentException("not an interface name: '" + iface + "'");
        }
        String file = "/tmp/vyoslab-capture-" + COUNTER.incrementAndGet() + ".pcap";
        String quotedFilter = filter.isBlank() ? "" : " '" + filter.replace("'", "'\\''") + "'";
        String pid = node.exec("nohup tcpdump -n -U -s 0 -i " + iface + " -w " + file + quotedFilter
                + " > " + file + ".log 2>&1 & echo $!").orThrow().stdout().strip();
        PacketCapture capture = new PacketCapture(node, iface, file, pid);
        try {
            await("tcpdump on " + node.name() + ":" + iface + " listening").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> node.exec("grep -q 'listening on' " + file + ".log").succeeded()
                            || !node.exec("kill -0 " + pid).succeeded());
        } catch (ConditionTimeoutException e) {
            throw new LabException("[" + node.name() + "] tcpdump on " + iface + " did not start: "
                    + node.exec("cat " + file + ".log").stdout(), e);
        }
        if (!node.exec("kill -0 " + pid).succeeded()) {
            throw new LabException("[" + node.name() + "] tcpdump on " + iface + " exited: "
                    + node.exec("cat " + file + ".log").stdout());
        }
        return capture;
    }

    /** Stops tcpdump (flushing the file) and saves the pcap as {@code dir/NODE-IFACE.pcap}; returns the path. */
    public Path stopAndSave(Path dir) {
        stop();
        CommandResult r = node.exec("base64 -w0 " + file).orThrow();
        Path out = dir.resolve(node.name() + "-" + iface + ".pcap");
        try {
            Files.createDirectories(dir);
            Files.write(out, Base64.getDecoder().decode(r.stdout().strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save capture of " + node.name() + " to " + out, e);
        }
        return out;
    }

    /** Stops tcpdump; safe to call twice. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        node.exec("kill -INT " + pid + "; for i in $(seq 50); do kill -0 " + pid + " 2>/dev/null || break; sleep 0.1; done");
    }

    /** What tcpdump printed (packet counts at the end). */
    public String tcpdumpLog() {
        return node.exec("cat " + file + ".log").stdout();
    }

    @Override
    public void close() {
        stop();
    }
}
