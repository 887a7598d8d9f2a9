package dev.vyoslab.isp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The command line of {@code vyoslab-responder} (source-address echo over TCP, UDP, HTTP; Bedrock pong). */
public record ResponderCommand(Set<Integer> tcp, Set<Integer> udp, Set<Integer> http, Set<Integer> bedrock) {

    public ResponderCommand {
        tcp = checked(tcp);
        udp = checked(udp);
        http = checked(http);
        bedrock = checked(bedrock);
        Set<Integer> udpAll = new TreeSet<>(udp);
        for (int p : bedrock) {
            if (!udpAll.add(p)) {
                throw new IllegalArgumentException("UDP port " + p + " is both a plain UDP and a Bedrock port");
            }
        }
        Set<Integer> tcpAll = new TreeSet<>(tcp);
        for (int p : http) {
            if (!tcpAll.add(p)) {
                throw new IllegalArgumentException("TCP port " + p + " is both a plain TCP and an HTTP port");
            }
        }
    }

    private static Set<Integer> checked(Set<Integer> ports) {
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port " + p + " is out of range 1-65535");
            }
        }
        return Set.copyOf(new TreeSet<>(ports));
    }

    public String[] argv() {
        List<String> argv = new ArrayList<>(List.of("vyoslab-responder"));
        new TreeSet<>(tcp).forEach(p -> argv.addAll(List.of("--tcp", p.toString())));
        new TreeSet<>(udp).forEach(p -> argv.addAll(List.of("--udp", p.toString())));
        new TreeSet<>(http).forEach(p -> argv.addAll(List.of("--http", p.toString())));
        new TreeSet<>(bedrock).forEach(p -> argv.addAll(List.of("--bedrock", p.toString())));
        return argv.toArray(String[]::new);
    }

    /** A shell test that succeeds once every port is bound. */
    public String readyCheck() {
        List<String> checks = new ArrayList<>();
        new TreeSet<>(tcp).forEach(p -> checks.add(listening("t", p)));
        new TreeSet<>(http).forEach(p -> checks.add(listening("t", p)));
        new TreeSet<>(udp).forEach(p -> checks.add(listening("u", p)));
        new TreeSet<>(bedrock).forEach(p -> checks.add(listening("u", p)));
        return checks.isEmpty() ? "true" : String.join(" && ", checks);
    }

    private static String listening(String proto, int port) {
        return "ss -Hln" + proto + " 'sport = :" + port + "' | grep -q .";
    }
}
