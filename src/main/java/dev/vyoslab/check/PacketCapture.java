package dev.vyoslab.check;

import dev.vyoslab.lab.CommandResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tcpdump capture on a node: started in the background before the traffic, read back as text after it. The text
 * (not the pcap) is the evidence a failure message quotes and a report keeps.
 */
public final class PacketCapture {

    private static final Pattern MSS = Pattern.compile("\\bmss (\\d+)");
    /**
     * How long a capture may run before tcpdump ends on its own: only a guard against a capture never stopped, since
     * {@link #stop()} ends it. Generous, because on a busy machine a probe between start and stop can take a minute
     * (a capture that had ended by itself before its probe was sent saw nothing).
     */
    public static final int GUARD_SECONDS = 180;
    private static int counter;

    private final ProbeHost host;
    private final String file;

    private PacketCapture(ProbeHost host, String file) {
        this.host = host;
        this.file = file;
    }

    /**
     * Starts capturing packets matching the tcpdump {@code filter} on every interface of {@code host}, for at most
     * {@code seconds}. Returns once tcpdump says it is listening, so no packet sent afterwards is missed.
     */
    public static PacketCapture start(ProbeHost host, String filter, int seconds) {
        String file = "/tmp/vyoslab-capture-" + nextId();
        CommandResult r = host.exec(startCommand(file, filter, seconds));
        if (!r.succeeded()) {
            throw new AssertionError("[" + host.name() + "] capture did not start: `" + r.command() + "` exited "
                    + r.exitCode() + ":\n" + r.tail(5));
        }
        return new PacketCapture(host, file);
    }

    private static synchronized int nextId() {
        return ++counter;
    }

    static String startCommand(String file, String filter, int seconds) {
        // --immediate-mode: without it libpcap hands packets over in blocks, and a SIGINT loses the last block
        return "rm -f " + file + ".pcap " + file + ".log; "
                + "(timeout " + seconds + " tcpdump -i any -nn -U -w " + file + ".pcap --immediate-mode "
                + Shell.quote(filter)
                + " >" + file + ".log 2>&1 &) ; "
                + "for i in $(seq 50); do grep -q listening " + file + ".log 2>/dev/null && exit 0; sleep 0.1; done; "
                + "cat " + file + ".log; exit 1";
    }

    /** Stops the capture and returns its packets as {@code tcpdump -v -A} text (headers and payload). */
    public String stop() {
        host.exec("pkill -INT -f 'tcpdump -i any -nn -U -w " + file + ".pcap' ; true");
        return host.exec("tcpdump -nn -v -A -r " + file + ".pcap 2>/dev/null").stdout();
    }

    /** Stops the capture and copies its pcap file into {@code dir} as a failure artifact; returns the copy. */
    public Path savePcap(Path dir) {
        host.exec("pkill -INT -f 'tcpdump -i any -nn -U -w " + file + ".pcap' ; true");
        CommandResult r = host.exec("base64 -w0 " + file + ".pcap");
        if (!r.succeeded()) {
            throw new AssertionError("[" + host.name() + "] cannot read " + location() + ": " + r.tail(5));
        }
        Path out = dir.resolve(host.name() + file.replace("/tmp/vyoslab-capture", "-capture") + ".pcap");
        try {
            Files.createDirectories(dir);
            Files.write(out, Base64.getDecoder().decode(r.stdout().strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return out;
    }

    /** Where the capture lies on its node, for messages. */
    public String location() {
        return host.name() + ":" + file + ".pcap";
    }

    /** Every TCP MSS option value in a {@code tcpdump -v} text, in order. */
    static List<Integer> mssValues(String text) {
        Matcher m = MSS.matcher(text);
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
