package dev.vyoslab.check;

import dev.vyoslab.lab.CommandResult;
import java.util.Arrays;
import java.util.List;

/** A DNS question with {@code dig +short} to one server: the answers, or why there were none. */
public final class DnsQuery {

    /** {@code answers} in the order dig printed them; {@code reachedServer} is false on dig's exit 9 (no reply). */
    public record Result(List<String> answers, boolean reachedServer, CommandResult raw) {
    }

    private DnsQuery() {
    }

    static String command(Target server, String name, String type) {
        return "dig +short +time=2 +tries=2 @" + server.host() + " " + Shell.quote(name) + " " + type;
    }

    static Result parse(CommandResult r) {
        List<String> answers = Arrays.stream(r.stdout().split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith(";")).toList();
        return new Result(r.succeeded() ? answers : List.of(), r.exitCode() != 9 && r.succeeded(), r);
    }

    public static Result run(ProbeHost host, Target server, String name, String type) {
        return parse(host.exec(command(server, name, type)));
    }
}
