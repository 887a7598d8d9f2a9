package dev.vyoslab.check;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.CommandResult;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks for a DHCPv4 lease with ISC {@code dhclient} on the host's interface in {@code subnet}, without configuring
 * the interface ({@code -sf /bin/true}): the probe observes the server, it does not change the host.
 */
public final class DhcpLease {

    static final String LEASE_FILE = "/tmp/vyoslab-probe.leases";
    private static final Pattern BLOCK = Pattern.compile("lease \\{(.*?)\\n\\}", Pattern.DOTALL);

    /** The last lease in the lease file; empty fields when the server did not answer. */
    public record Result(Optional<InetAddress> address, Optional<InetAddress> router, List<InetAddress> dnsServers,
                         Optional<InetAddress> server, CommandResult raw) {
        public boolean leased() {
            return address.isPresent();
        }
    }

    private DhcpLease() {
    }

    static String command(Prefix subnet) {
        String pid = "/tmp/vyoslab-probe.pid";
        return "IF=$(ip -o -4 route show " + subnet.network() + " | awk '{print $3; exit}'); "
                + "[ -n \"$IF\" ] || { echo \"no interface in " + subnet.network() + "\" >&2; exit 3; }; "
                + "rm -f " + LEASE_FILE + "; "
                + "timeout 20 dhclient -4 -1 -v -sf /bin/true -lf " + LEASE_FILE + " -pf " + pid + " \"$IF\"; rc=$?; "
                + "dhclient -x -sf /bin/true -pf " + pid + " \"$IF\" >/dev/null 2>&1; "
                + "cat " + LEASE_FILE + " 2>/dev/null; exit $rc";
    }

    static Result parse(CommandResult r) {
        Matcher m = BLOCK.matcher(r.stdout());
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            return new Result(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), r);
        }
        return new Result(one(last, "fixed-address"), one(last, "option routers"),
                many(last, "option domain-name-servers"), one(last, "option dhcp-server-identifier"), r);
    }

    private static Optional<InetAddress> one(String block, String key) {
        return many(block, key).stream().findFirst();
    }

    private static List<InetAddress> many(String block, String key) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(key) + " ([^;]+);", Pattern.MULTILINE).matcher(block);
        if (!m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).split(",")).map(String::strip)
                .flatMap(s -> Prefix.parse(s + "/32").map(Prefix::address).stream()).toList();
    }

    public static Result run(ProbeHost host, Prefix subnet) {
        return parse(host.exec(command(subnet)));
    }
}
