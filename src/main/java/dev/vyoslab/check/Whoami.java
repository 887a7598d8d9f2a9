package dev.vyoslab.check;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.CommandResult;
import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the Internet's whoami host over HTTP which source address it saw. Any answer whose first IP address is the
 * peer's is understood: a bare {@code 192.0.2.1}, {@code RemoteAddr: 192.0.2.1:40000} (traefik/whoami),
 * {@code {"ip":"192.0.2.1"}}.
 */
public final class Whoami {

    static final int HTTP_PORT = 80;
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![0-9])");
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9a-fA-F:])([0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})");

    /** What one request saw: the observed source when it answered. */
    public record Result(Optional<InetAddress> seenSource, CommandResult raw) {
        public boolean answered() {
            return seenSource.isPresent();
        }
    }

    private Whoami() {
    }

    static String command(Target whoami) {
        return "curl -sS -m 5 --connect-timeout 3 http://" + whoami.urlHost() + ":" + HTTP_PORT + "/";
    }

    static Result parse(CommandResult r) {
        if (!r.succeeded()) {
            return new Result(Optional.empty(), r);
        }
        return new Result(firstAddress(r.stdout()), r);
    }

    /** The first IPv4 (or, failing that, IPv6) address in {@code text}, after {@code RemoteAddr:} if present. */
    static Optional<InetAddress> firstAddress(String text) {
        int remote = text.indexOf("RemoteAddr:");
        if (remote >= 0) {
            // traefik/whoami lists its own addresses first
            text = text.substring(remote);
        }
        Matcher m4 = IPV4.matcher(text);
        while (m4.find()) {
            Optional<InetAddress> a = Prefix.parse(m4.group(1) + "/32").map(Prefix::address);
            if (a.isPresent()) {
                return a;
            }
        }
        Matcher m6 = IPV6.matcher(text);
        while (m6.find()) {
            Optional<InetAddress> a = Prefix.parse(m6.group(1) + "/128").map(Prefix::address);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    public static Result run(ProbeHost host, Target whoami) {
        return parse(host.exec(command(whoami)));
    }
}
