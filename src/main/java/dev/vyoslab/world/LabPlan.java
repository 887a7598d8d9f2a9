package dev.vyoslab.world;

import dev.vyoslab.config.Eui64;
import dev.vyoslab.check.Port;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.isp.IspAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The lab a config needs, derived from its intent alone: nothing about the seed is built in. The NGN announces the
 * /64 that contains the tunnel's source, and the router's WAN MAC is the one SLAAC turns into exactly that source;
 * the AFTR answers at the tunnel's remote; the BRAS accepts the configured PPPoE account (PAP or CHAP); the LAN
 * segment is the config's LAN; a published server sits at every DNAT target, answering on the translated ports.
 *
 * @param problems why the lab cannot be what the config expects (empty when it can); the CLI reports them as input
 *                 errors before anything boots
 */
public record LabPlan(Prefix wanPrefix, String routerWanMac, Optional<Aftr> aftr, Optional<Bras> bras,
                      Lan lan, List<Server> servers, List<DnsAccount> dnsAccounts, List<String> problems) {

    /** The AFTR: tunnel end at {@code remote}, NAT44 to {@code publicAddress}. */
    public record Aftr(String routerInterface, InetAddress remote, InetAddress publicAddress) {
    }

    /** The BRAS: the account it accepts (password masked in toString), the address it hands out, the MTU asked. */
    public record Bras(String routerInterface, String user, String password, InetAddress sessionAddress,
                       OptionalInt mtu) {
        @Override
        public String toString() {
            return "Bras[" + routerInterface + ", user=" + user + ", password=******, address="
                    + sessionAddress.getHostAddress() + ", mtu=" + mtu + "]";
        }
    }

    /** The LAN segment, the router's address on it and the DHCP ranges (kept free of lab nodes and the host). */
    public record Lan(String routerInterface, Prefix subnet, InetAddress routerAddress, List<Intent.Range> dhcpRanges) {
    }

    /** A dynamic-DNS account the DNS-API mock serves: its zone, the names updated, the credentials (masked). */
    public record DnsAccount(String zone, List<String> hostNames, Optional<String> login, Optional<String> password) {
        @Override
        public String toString() {
            return "DnsAccount[" + zone + " " + hostNames + ", login=" + login.orElse("") + ", password=******]";
        }
    }

    /** A LAN host at a fixed address, answering with its name on {@code ports} (DNAT targets). */
    public record Server(String name, InetAddress address, List<Port> ports) {
    }

    public static LabPlan from(Intent intent) {
        List<String> problems = new ArrayList<>();
        Optional<Intent.Tunnel> tunnel = intent.tunnels().stream().filter(t -> t.remote6().isPresent()).findFirst();
        Optional<Inet6Address> source = tunnel.flatMap(Intent.Tunnel::source6);
        Prefix wan = source.map(s -> new Prefix(s, 64).network()).orElse(IspAddresses.NGN_PREFIX);
        String mac = ReferenceRouter.DEFAULT_WAN_MAC;
        if (source.isPresent()) {
            try {
                mac = Eui64.mac(source.get());
            } catch (IllegalArgumentException e) {
                problems.add("tunnel " + tunnel.get().name() + " source: " + e.getMessage()
                        + ": the lab cannot make the router's WAN port take it");
            }
        }
        Optional<Aftr> aftr = tunnel.map(t -> new Aftr(t.name(), t.remote6().get(), IspAddresses.AFTR_PUBLIC));
        Optional<Bras> bras = intent.pppoe().stream().findFirst().map(p -> {
            if (p.user().isEmpty() || p.password().isEmpty()) {
                problems.add("PPPoE " + p.name() + " has no " + (p.user().isEmpty() ? "user" : "password")
                        + ": the BRAS cannot accept an account that is not configured");
            }
            return new Bras(p.name(), p.user().orElse(""), p.password().orElse(""), IspAddresses.PPPOE_CLIENT,
                    OptionalInt.of(p.mtu()));
        });
        Optional<Intent.Lan> lan = intent.firstIpv4Lan();
        if (lan.isEmpty()) {
            problems.add("the config has no IPv4 LAN address (interfaces ethernet ethX address A.B.C.D/N)");
        }
        // without their config lines: two configs that need the same lab have the same plan, wherever they say it
        List<Intent.Range> ranges = lan.map(x -> intent.dhcpPools().stream()
                .filter(p -> p.subnet().network().equals(x.subnet().network()))
                .flatMap(p -> p.ranges().stream())
                .map(r -> new Intent.Range(r.name(), r.start(), r.stop(), 0)).toList()).orElse(List.of());
        Lan l = lan.map(x -> new Lan(x.interfaceName(), x.subnet().network(), x.routerAddress(), ranges))
                .orElse(new Lan("eth1", Prefix.parse("10.0.1.0/24").orElseThrow(),
                        Prefix.parse("10.0.1.254/32").orElseThrow().address(), List.of()));
        return new LabPlan(wan, mac, aftr, bras, l, servers(intent, l, problems), dnsAccounts(intent),
                List.copyOf(problems));
    }

    /** The accounts of zone-based services (Cloudflare's API, which the lab's DNS API speaks); others get none. */
    private static List<DnsAccount> dnsAccounts(Intent intent) {
        return intent.dynamicDns().stream().filter(d -> d.zone().isPresent())
                .map(d -> new DnsAccount(d.zone().get(), d.hostNames(), d.login(), d.password())).toList();
    }

    private static List<Server> servers(Intent intent, Lan lan, List<String> problems) {
        Map<InetAddress, List<Port>> ports = new LinkedHashMap<>();
        for (Intent.NatRule r : intent.destinationNat()) {
            Optional<InetAddress> to = r.translation().address();
            if (r.exclude() || to.isEmpty()) {
                continue;
            }
            if (!lan.subnet().contains(to.get())) {
                problems.add("destination NAT rule " + r.number() + " translates to " + to.get().getHostAddress()
                        + ", outside the LAN " + lan.subnet() + " (line " + r.line() + ")");
                continue;
            }
            List<Port> p = ports.computeIfAbsent(to.get(), a -> new ArrayList<>());
            int port = r.translation().port().map(Intent.PortRange::from)
                    .orElse(r.destination().ports().isEmpty() ? 0 : r.destination().ports().get(0).from());
            if (port > 0) {
                for (String proto : protocols(r.protocol().orElse("tcp_udp"))) {
                    Port x = Port.of(proto, port);
                    if (!p.contains(x)) {
                        p.add(x);
                    }
                }
            }
        }
        List<Server> servers = new ArrayList<>();
        int i = 0;
        for (var e : ports.entrySet()) {
            servers.add(new Server(i++ == 0 ? "server" : "server" + i, e.getKey(), List.copyOf(e.getValue())));
        }
        return List.copyOf(servers);
    }

    private static List<String> protocols(String vyos) {
        return switch (vyos) {
            case "tcp", "udp" -> List.of(vyos);
            case "tcp_udp" -> List.of("tcp", "udp");
            default -> List.of();
        };
    }

    public Optional<Server> serverAt(InetAddress address) {
        return servers.stream().filter(s -> s.address().equals(address)).findFirst();
    }
}
