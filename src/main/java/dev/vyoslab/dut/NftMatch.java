package dev.vyoslab.dut;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Intent.Match;
import dev.vyoslab.config.Intent.TcpFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** nftables match expressions for VyOS rule criteria (protocol, addresses, ports, TCP flags, states). */
final class NftMatch {

    private NftMatch() {
    }

    /** {@code ip saddr …}, {@code th sport …} and the protocol they need, in VyOS's order: protocol, source, destination. */
    static String of(boolean ipv6, Optional<String> protocol, Match source, Match destination) {
        List<String> parts = new ArrayList<>();
        boolean ports = !source.ports().isEmpty() || !destination.ports().isEmpty();
        protocol.map(p -> l4proto(p, ipv6)).ifPresent(parts::add);
        if (protocol.isEmpty() && ports) {
            parts.add("meta l4proto { tcp, udp }"); // VyOS ports imply TCP or UDP
        }
        address(ipv6, "saddr", source).ifPresent(parts::add);
        portMatch("sport", source).ifPresent(parts::add);
        address(ipv6, "daddr", destination).ifPresent(parts::add);
        portMatch("dport", destination).ifPresent(parts::add);
        return String.join(" ", parts);
    }

    private static String l4proto(String protocol, boolean ipv6) {
        String p = protocol.toLowerCase(Locale.ROOT);
        if (p.equals("tcp_udp")) {
            return "meta l4proto { tcp, udp }";
        }
        if (p.startsWith("!")) {
            return "meta l4proto != " + p.substring(1);
        }
        if (p.equals("icmp") && ipv6) {
            p = "ipv6-icmp";
        }
        return "meta l4proto " + p;
    }

    private static Optional<String> address(boolean ipv6, String field, Match m) {
        return m.address().map(a -> (ipv6 ? "ip6 " : "ip ") + field + (m.negated() ? " != " : " ") + a);
    }

    private static Optional<String> portMatch(String field, Match m) {
        if (m.ports().isEmpty()) {
            return Optional.empty();
        }
        String list = m.ports().stream().map(Intent.PortRange::toString).collect(Collectors.joining(", "));
        return Optional.of("th " + field + (m.ports().size() == 1 ? " " + list : " { " + list + " }"));
    }

    /** {@code SYN,!ACK,!FIN,!RST} as {@code tcp flags & (syn | ack | fin | rst) == syn}. */
    static String tcpFlags(TcpFlags flags) {
        List<String> all = new ArrayList<>();
        flags.set().stream().sorted().forEach(all::add);
        flags.unset().stream().sorted().forEach(all::add);
        String mask = all.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" | "));
        String set = flags.set().isEmpty() ? "0x0"
                : flags.set().stream().sorted().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" | "));
        return "tcp flags & (" + mask + ") == " + set;
    }

    static String states(java.util.Set<Intent.State> states) {
        String list = states.stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return states.size() == 1 ? "ct state " + list : "ct state { " + list + " }";
    }
}
