package dev.vyoslab.lan;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A DHCPv4 lease as isc-dhcp-client recorded it: address, router, DNS servers, lease time. */
public record DhcpLease(InetAddress address, Optional<InetAddress> router, List<InetAddress> dnsServers,
                        InetAddress server, int leaseSeconds) {

    private static final Pattern BLOCK = Pattern.compile("lease \\{(.*?)\\n\\}", Pattern.DOTALL);

    public DhcpLease {
        dnsServers = List.copyOf(dnsServers);
    }

    /** The last lease in a dhclient lease file, if there is one. */
    public static Optional<DhcpLease> lastIn(String leaseFile) {
        Matcher m = BLOCK.matcher(leaseFile);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? Optional.empty() : Optional.of(parse(last));
    }

    private static DhcpLease parse(String block) {
        InetAddress address = value(block, "fixed-address").map(DhcpLease::ip).orElseThrow(
                () -> new IllegalArgumentException("lease without fixed-address:\n" + block));
        Optional<InetAddress> router = value(block, "option routers").map(v -> ip(v.split(",")[0]));
        List<InetAddress> dns = new ArrayList<>();
        value(block, "option domain-name-servers").ifPresent(v -> {
            for (String s : v.split(",")) {
                dns.add(ip(s));
            }
        });
        InetAddress server = value(block, "option dhcp-server-identifier").map(DhcpLease::ip).orElse(null);
        int seconds = value(block, "option dhcp-lease-time").map(Integer::parseInt).orElse(0);
        return new DhcpLease(address, router, dns, server, seconds);
    }

    private static Optional<String> value(String block, String key) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(key) + " ([^;]+);", Pattern.MULTILINE).matcher(block);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address in a lease: " + literal, e);
        }
    }
}
