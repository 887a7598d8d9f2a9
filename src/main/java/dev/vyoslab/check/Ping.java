package dev.vyoslab.check;

import dev.vyoslab.lab.CommandResult;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ICMP echo with iputils {@code ping}: how many of {@code count} echoes came back, and the mean round trip. */
public final class Ping {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) packets transmitted, (\\d+) (?:packets )?received");
    private static final Pattern RTT = Pattern.compile("= [0-9.]+/([0-9.]+)/");

    /** What one ping run saw. */
    public record Result(int transmitted, int received, OptionalDouble averageMillis, CommandResult raw) {
        public boolean answered() {
            return received > 0;
        }
    }

    private Ping() {
    }

    /** Three echoes 0.3 s apart, each waiting at most 2 s; {@code -M do} with {@code size} probes the path MTU. */
    static String command(Target target, int count, Integer size) {
        return "ping " + (target.isIpv6() ? "-6 " : "-4 ") + "-n -c " + count + " -i 0.3 -W 2"
                + (size == null ? "" : " -M do -s " + size) + " " + target.host();
    }

    static Result parse(CommandResult r) {
        Matcher c = COUNTS.matcher(r.stdout());
        if (!c.find()) {
            return new Result(0, 0, OptionalDouble.empty(), r);
        }
        Matcher rtt = RTT.matcher(r.stdout());
        return new Result(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)),
                rtt.find() ? OptionalDouble.of(Double.parseDouble(rtt.group(1))) : OptionalDouble.empty(), r);
    }

    /** Pings {@code target} from {@code host} with three echoes. */
    public static Result run(ProbeHost host, Target target) {
        return parse(host.exec(command(target, 3, null)));
    }

    /** Pings with {@code size} bytes of payload and don't-fragment set: answered only if the path MTU allows it. */
    public static Result runWithSize(ProbeHost host, Target target, int size) {
        return parse(host.exec(command(target, 2, size)));
    }
}
