package dev.vyoslab.check;

import java.util.List;

/** TCP SYNs one host sends, captured where they arrive: what the network did to them on the way (MSS clamping). */
public final class SynAssert {


    private final ProbeHost host;
    private final Target target;
    private final Port port;
    private ProbeHost capturer;

    SynAssert(ProbeHost host, Target target, Port port) {
        this.host = host;
        this.target = target;
        this.port = port;
    }

    /** Captures on {@code node} (typically the target itself, after every NAT on the way). */
    public SynAssert capturedOn(ProbeHost node) {
        this.capturer = node;
        return this;
    }

    /** Every SYN that arrives carries an MSS option of at most {@code limit} (awaited: a route may still settle). */
    public SynAssert withMssAtMost(int limit) {
        if (capturer == null) {
            throw new IllegalStateException("say where SYNs are captured first: capturedOn(node)");
        }
        String filter = "tcp dst port " + port.number() + " and tcp[tcpflags] & (tcp-syn|tcp-ack) == tcp-syn";
        Await.until("SYNs from " + host.name() + " to " + target + " " + port + " carry MSS <= " + limit,
                Await.nodes(host, capturer), () -> {
                    PacketCapture capture = PacketCapture.start(capturer, filter, PacketCapture.GUARD_SECONDS);
                    Connect.Result sent = Connect.run(host, target, port);
                    String text = capture.stop();
                    List<Integer> mss = PacketCapture.mssValues(text);
                    if (mss.isEmpty()) {
                        throw new AssertionError(Messages.of("a SYN to " + target + " " + port + " captured on "
                                + capturer.name(), "none captured (connection " + sent.describe() + "); capture "
                                + capture.location(), host, capturer));
                    }
                    if (mss.stream().anyMatch(m -> m > limit)) {
                        throw new AssertionError(Messages.of("MSS <= " + limit + " on SYNs arriving at "
                                + capturer.name(), "MSS " + mss + "; capture " + capture.location() + ":\n"
                                + text.strip(), host, capturer));
                    }
                });
        return this;
    }
}
