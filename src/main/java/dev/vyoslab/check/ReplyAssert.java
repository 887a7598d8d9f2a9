package dev.vyoslab.check;

/** Who answered a TCP/UDP request: responders in the lab answer with their node name. */
public final class ReplyAssert {

    private final ProbeHost host;
    private final Target target;
    private final Port port;
    private Connect.Result last;

    ReplyAssert(ProbeHost host, Target target, Port port, Connect.Result first) {
        this.host = host;
        this.target = target;
        this.port = port;
        this.last = first;
    }

    /**
     * The answer came from {@code responder}, e.g. the published server behind DNAT: its name is in the reply, or
     * (for responders that echo the source they saw) a capture on it holds the probe that got answered.
     */
    public ReplyAssert answeredBy(ProbeHost responder) {
        Await.until(target + " " + port + " answered by " + responder.name(), Await.nodes(host, responder), () -> {
            if (names(last, responder)) {
                return;
            }
            PacketCapture capture = PacketCapture.start(responder, "(udp or tcp) and not port 22",
                    PacketCapture.GUARD_SECONDS);
            last = Connect.run(host, target, port);
            String seen = capture.stop();
            if (!last.answered() || !(names(last, responder) || seen.contains(Connect.PAYLOAD))) {
                throw new AssertionError(Messages.of("an answer from " + responder.name() + " to " + host.name()
                        + "'s request to " + target + " " + port, last.describe() + (seen.contains(Connect.PAYLOAD)
                        ? "" : "; the request never arrived at " + responder.name() + " (capture "
                        + capture.location() + ")"), host, responder));
            }
        });
        return this;
    }

    private static boolean names(Connect.Result r, ProbeHost responder) {
        return r.answered() && java.util.Arrays.asList(r.reply().strip().split("\\s+")).contains(responder.name());
    }

    public String reply() {
        return last.reply();
    }
}
