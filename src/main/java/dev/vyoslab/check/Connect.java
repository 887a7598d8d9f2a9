package dev.vyoslab.check;

import dev.vyoslab.lab.CommandResult;
import java.util.Locale;

/**
 * A TCP connection or a UDP request with socat, sending one line and reading the answer. For UDP socat uses a
 * connected socket, so an answer from any other address than the one asked (a reply leaving by another uplink,
 * NAT-ed differently) is not accepted: an answer proves the reply came back the way the request went in.
 */
public final class Connect {

    /** The line a probe sends; responders answer with their node name. */
    static final String PAYLOAD = "vyoslab-probe";
    static final int TIMEOUT_SECONDS = 3;

    public enum Outcome {
        /** TCP connected, or UDP got an answer. */
        ANSWERED,
        /** TCP RST or ICMP port unreachable: the packet reached something that said no. */
        REFUSED,
        /** Nothing came back in time: dropped somewhere. */
        TIMED_OUT,
        /** ICMP host/network unreachable or no route on the sender. */
        UNREACHABLE,
        /** socat failed for another reason (see the raw result). */
        ERROR
    }

    /** What one attempt saw; {@code reply} is what the far end sent (may be empty for a silent TCP server). */
    public record Result(Port port, Outcome outcome, String reply, CommandResult raw) {
        public boolean answered() {
            return outcome == Outcome.ANSWERED;
        }

        /** One line for messages: {@code answered "server 198.51.100.20"}, {@code timed out}. */
        public String describe() {
            String o = outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return outcome == Outcome.ANSWERED ? o + (reply.isBlank() ? "" : " \"" + reply.strip() + "\"")
                    : o + (outcome == Outcome.ERROR ? " (exit " + raw.exitCode() + ": " + raw.tail(2) + ")" : "");
        }
    }

    private Connect() {
    }

    static String command(Target target, Port port) {
        String address = target.isIpv6() ? "[" + target.host() + "]" : target.host();
        String remote = port.protocol() == Port.Protocol.TCP
                ? "TCP:" + address + ":" + port.number() + ",connect-timeout=" + TIMEOUT_SECONDS
                : "UDP:" + address + ":" + port.number();
        return "printf '" + PAYLOAD + "\\n' | socat -T " + TIMEOUT_SECONDS + " -t " + TIMEOUT_SECONDS + " - " + remote;
    }

    static Result parse(Port port, CommandResult r) {
        String err = r.stderr().toLowerCase(Locale.ROOT);
        String reply = r.stdout();
        Outcome outcome;
        if (r.succeeded()) {
            // a UDP socket "succeeds" without any answer; only TCP's connect proves reachability by itself
            outcome = port.protocol() == Port.Protocol.TCP || !reply.isBlank() ? Outcome.ANSWERED : Outcome.TIMED_OUT;
        } else if (err.contains("refused")) {
            outcome = Outcome.REFUSED;
        } else if (err.contains("timed out") || err.contains("in progress")) {
            outcome = Outcome.TIMED_OUT;
        } else if (err.contains("unreachable") || err.contains("no route")) {
            outcome = Outcome.UNREACHABLE;
        } else {
            outcome = Outcome.ERROR;
        }
        return new Result(port, outcome, reply, r);
    }

    public static Result run(ProbeHost host, Target target, Port port) {
        return parse(port, host.exec(command(target, port)));
    }
}
