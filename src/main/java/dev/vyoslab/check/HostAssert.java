package dev.vyoslab.check;

import dev.vyoslab.config.Prefix;
import java.util.function.Predicate;

/** Assertions about what one host can reach. */
public final class HostAssert {

    /**
     * Attempts a negative probe makes; each waits {@link Connect#TIMEOUT_SECONDS}. One: a TCP connect already sends
     * its SYN again within that time (Linux's initial retransmission timeout is 1 s, RFC 6298), and the lab loses no
     * packets, so a second attempt only doubled the wait.
     */
    static final int NEGATIVE_ATTEMPTS = 1;

    private final ProbeHost host;

    HostAssert(ProbeHost host) {
        this.host = host;
    }

    /** The whoami host answers an HTTP request from this host; {@link PathAssert#via} then says which way it went. */
    public PathAssert reaches(Target whoami) {
        Whoami.Result[] last = new Whoami.Result[1];
        Await.until(host.name() + " reaches " + whoami, Await.nodes(host), () -> {
            last[0] = Whoami.run(host, whoami);
            if (!last[0].answered()) {
                throw new AssertionError(Messages.of("an HTTP answer from " + whoami + " naming the source address",
                        "`" + last[0].raw().command() + "` exited " + last[0].raw().exitCode() + ": "
                                + last[0].raw().tail(3), host));
            }
        });
        return new PathAssert(host, whoami, last[0]);
    }

    /** {@code target} answers a request to {@code port} from this host (TCP connects, UDP gets a reply). */
    public ReplyAssert reaches(Target target, Port port) {
        Connect.Result[] last = new Connect.Result[1];
        Await.until(host.name() + " reaches " + target + " " + port, Await.nodes(host), () -> {
            last[0] = Connect.run(host, target, port);
            if (!last[0].answered()) {
                throw new AssertionError(Messages.of(target + " " + port + " answers " + host.name(),
                        last[0].describe(), host));
            }
        });
        return new ReplyAssert(host, target, port, last[0]);
    }

    /**
     * Something on the way drops what this host sends to {@code target} {@code port}: every attempt times out. A
     * refusal (TCP reset, ICMP port unreachable) means the packet reached the target's stack and nothing dropped it.
     */
    public HostAssert isDroppedOnTheWayTo(Target target, Port port) {
        return everyAttempt(target, port, r -> r.outcome() == Connect.Outcome.TIMED_OUT,
                "dropped on the way from " + host.name() + " (no answer, no refusal)");
    }

    /** Nothing answers at {@code target} {@code port}: every attempt times out, is refused or unreachable. */
    public HostAssert cannotReach(Target target, Port port) {
        return everyAttempt(target, port, r -> !r.answered(), "unreachable from " + host.name()
                + " (dropped or refused)");
    }

    /** {@link #NEGATIVE_ATTEMPTS} attempts, each to end as {@code expected}; fails on the first that does not. */
    private HostAssert everyAttempt(Target target, Port port, Predicate<Connect.Result> expected, String what) {
        for (int i = 0; i < NEGATIVE_ATTEMPTS; i++) {
            Connect.Result r = Connect.run(host, target, port);
            if (!expected.test(r)) {
                throw new AssertionError(Messages.of(target + " " + port + " " + what, "attempt " + (i + 1) + " "
                        + r.describe(), host));
            }
        }
        return this;
    }

    /** ICMP echo to {@code target} is answered. */
    public HostAssert pings(Target target) {
        Await.until(host.name() + " pings " + target, Await.nodes(host), () -> {
            Ping.Result r = Ping.run(host, target);
            if (!r.answered()) {
                throw new AssertionError(Messages.of("echo replies from " + target, r.transmitted()
                        + " sent, 0 received (`" + r.raw().command() + "` exit " + r.raw().exitCode() + ")", host));
            }
        });
        return this;
    }

    /** A DHCP server answers on this host's interface in {@code subnet}. */
    public LeaseAssert getsDhcpLease(Prefix subnet) {
        DhcpLease.Result[] last = new DhcpLease.Result[1];
        Await.until(host.name() + " gets a DHCP lease in " + subnet.network(), Await.nodes(host), () -> {
            last[0] = DhcpLease.run(host, subnet);
            if (!last[0].leased()) {
                throw new AssertionError(Messages.of("a DHCP lease in " + subnet.network(),
                        "no lease (dhclient exit " + last[0].raw().exitCode() + "): " + last[0].raw().tail(4), host));
            }
        });
        return new LeaseAssert(host, subnet, last[0]);
    }

    /** TCP SYNs this host sends to {@code target} {@code port}, as another node captures them. */
    public SynAssert sendsTcpSyn(Target target, Port port) {
        return new SynAssert(host, target, port);
    }
}
