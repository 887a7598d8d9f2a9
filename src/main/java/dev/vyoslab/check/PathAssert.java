package dev.vyoslab.check;

import java.net.InetAddress;

/** Which way a host's traffic to the Internet went, told by the source address the whoami host saw. */
public final class PathAssert {

    private final ProbeHost host;
    private final Target whoami;
    private Whoami.Result last;

    PathAssert(ProbeHost host, Target whoami, Whoami.Result first) {
        this.host = host;
        this.whoami = whoami;
        this.last = first;
    }

    /** The whoami host saw the uplink's public address: the traffic left by that uplink (awaited: routes settle). */
    public PathAssert via(Uplink uplink) {
        Await.until(host.name() + " reaches " + whoami.name() + " via " + uplink, Await.nodes(host), () -> {
            InetAddress expected = uplink.address();
            if (!last.answered() || !last.seenSource().get().equals(expected)) {
                last = Whoami.run(host, whoami);
            }
            InetAddress seen = last.seenSource().orElse(null);
            if (!expected.equals(seen)) {
                throw new AssertionError(Messages.of(whoami.name() + " sees " + host.name() + " as "
                        + expected.getHostAddress() + " (leaving by " + uplink + ")",
                        seen == null ? "no answer: " + last.raw().tail(2) : "source " + seen.getHostAddress(), host));
            }
        });
        return this;
    }

    /** The source address the whoami host saw last. */
    public InetAddress seenSource() {
        return last.seenSource().orElseThrow();
    }
}
