package dev.vyoslab.check;

import dev.vyoslab.config.Intent;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The exposure scenario: what a port scan from the Internet (IPv4, each PPPoE address) and from the NGN (IPv6, the
 * WAN's SLAAC address and the router's IPv6 address on each LAN port) finds open on the router, against what the
 * config publishes (its port forwards).
 */
final class Exposure {

    static final String NAME = "exposure";

    /**
     * UDP ports a scan tries besides the config's: what routers tend to run (DNS, DHCP, TFTP, NTP, SNMP, IKE, syslog,
     * RIP, SSDP, IPsec NAT-T, mDNS, WireGuard). A full UDP scan would take minutes: a port nothing listens on answers
     * with an ICMP error, which Linux rate-limits.
     */
    static final List<Integer> WELL_KNOWN_UDP = List.of(53, 67, 69, 123, 161, 500, 514, 520, 1900, 4500, 5353, 51820);
    /** TCP ports a scan tries besides the config's: the well-known range. */
    static final int WELL_KNOWN_TCP = 1024;

    private Exposure() {
    }

    static Scenario of(Intent intent, LabView view) {
        String title = "what the Internet and the NGN find open on the router (the harness's own SSH listens on the"
                + " management port only: a deviation from the router as deployed)";
        Scans scans = new Scans();
        List<Check> checks = new ArrayList<>();
        List<Port> ports = scanned(intent);
        for (Intent.Pppoe p : intent.pppoe()) {
            List<Port> published = intent.destinationNat().stream()
                    .filter(r -> !r.exclude() && r.inboundInterface().filter(p.name()::equals).isPresent())
                    .flatMap(r -> r.destination().ports().stream().flatMap(range -> ports(r.protocol(), range)))
                    .toList();
            checks.add(scan(scans, "scenario/" + NAME + "/ipv4/" + p.name(), "from the Internet, "
                    + p.name() + "'s address has open only the ports the config forwards " + published,
                    p.line(), view::internetHost, () -> view.routerAddress(p.name()), ports, published));
        }
        intent.wan().filter(w -> w.ipv6Modes().contains(Intent.Ipv6Mode.SLAAC)).ifPresent(w -> {
            checks.add(scan(scans, "scenario/" + NAME + "/ipv6/" + w.interfaceName(), "from the NGN, "
                    + w.interfaceName() + "'s SLAAC address has nothing open (the config publishes nothing by IPv6)",
                    w.line(), view::ngnHost, view::routerWanIpv6, ports, List.of()));
            intent.lans().stream().filter(l -> l.routerAddress() instanceof Inet6Address)
                    .forEach(l -> checks.add(lanScan(scans, l, view, ports)));
        });
        if (checks.isEmpty()) {
            return Scenario.notApplicable(NAME, title, "the router has no address on the Internet side of its"
                    + " own (no PPPoE interface, no SLAAC address on the WAN port)");
        }
        List<Scenario.Step> steps = new ArrayList<>();
        steps.add(Scenario.Step.after(scans::start, checks.get(0)));
        checks.subList(1, checks.size()).forEach(c -> steps.add(Scenario.Step.then(c)));
        return new Scenario(NAME, title, Optional.empty(), steps, scans::awaitAll);
    }

    /**
     * The scans of one exposure run, started together at its first step and each read by its own: every scanner is a
     * host of its own, and nmap spends its time waiting for answers the router rate-limits (ICMP errors for UDP).
     */
    private static final class Scans {

        private final List<Supplier<List<Port>>> jobs = new ArrayList<>();
        private final List<CompletableFuture<List<Port>>> running = new ArrayList<>();

        /** The job's result, read by its step; a step run without the first (alone) starts its own scan. */
        Supplier<List<Port>> add(Supplier<List<Port>> job) {
            int i = jobs.size();
            jobs.add(job);
            running.add(null);
            return () -> {
                try {
                    return started(i).join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            };
        }

        void start() {
            for (int i = 0; i < jobs.size(); i++) {
                started(i);
            }
        }

        private synchronized CompletableFuture<List<Port>> started(int i) {
            if (running.get(i) == null) {
                running.set(i, CompletableFuture.supplyAsync(jobs.get(i), r -> {
                    Thread t = new Thread(r, "exposure-scan");
                    t.setDaemon(true);
                    t.start();
                }));
            }
            return running.get(i);
        }

        /** A scan a failed step left running ends before the next scenario touches the line. */
        void awaitAll() {
            List<CompletableFuture<List<Port>>> started;
            synchronized (this) {
                started = running.stream().filter(f -> f != null).toList();
            }
            started.forEach(f -> f.exceptionally(t -> List.of()).join());
        }
    }

    /** The well-known ports and every port the config mentions (its NAT rules, firewall rules, SSH). */
    private static List<Port> scanned(Intent intent) {
        Set<Port> ports = new LinkedHashSet<>();
        for (int i = 1; i <= WELL_KNOWN_TCP; i++) {
            ports.add(Port.tcp(i));
        }
        WELL_KNOWN_UDP.forEach(u -> ports.add(Port.udp(u)));
        Stream.concat(intent.destinationNat().stream().map(r -> r.destination()),
                        intent.firewalls().stream().flatMap(f -> f.rules().stream()).map(Intent.FirewallRule::destination))
                .flatMap(m -> m.ports().stream()).forEach(r -> ports(Optional.of("tcp_udp"), r).forEach(ports::add));
        intent.ssh().ifPresent(ssh -> ssh.ports().forEach(n -> ports.add(Port.tcp(n))));
        return List.copyOf(ports);
    }

    /** The ports of {@code range} for a VyOS protocol ({@code tcp_udp} when none); a range gives its first port. */
    private static Stream<Port> ports(Optional<String> protocol, Intent.PortRange range) {
        return DerivedChecks.ports(protocol.orElse("tcp_udp"), range.from()).stream();
    }

    private static Check scan(Scans scans, String id, String title, int line, Supplier<ProbeHost> from,
                              Supplier<Target> target, List<Port> ports, List<Port> published) {
        AtomicReference<Target> scanned = new AtomicReference<>();
        Supplier<List<Port>> open = scans.add(() -> {
            scanned.set(target.get());
            return PortScan.open(from.get(), scanned.get(), ports);
        });
        return new Check(id, title, CheckKind.SCENARIO, line, () -> onlyPublishedOpen(open.get(), scanned.get(),
                published));
    }

    /**
     * The router's IPv6 address on a LAN port, scanned from the NGN with a route to it through the router's WAN
     * address: Linux answers for any of its addresses on any port (the weak host model), so the ISP, or whoever it
     * routes that address to the router for, reaches what listens there.
     */
    private static Check lanScan(Scans scans, Intent.Lan lan, LabView view, List<Port> ports) {
        Target target = new Target("router", lan.routerAddress());
        Supplier<List<Port>> open = scans.add(() -> {
            ProbeHost ngn = view.ngnHost();
            String route = lan.routerAddress().getHostAddress() + "/128 via "
                    + view.routerWanIpv6().address().getHostAddress();
            ngn.exec("ip -6 route replace " + route).orThrow();
            try {
                return PortScan.open(ngn, target, ports);
            } finally {
                ngn.exec("ip -6 route del " + route);
            }
        });
        return new Check("scenario/" + NAME + "/ipv6/" + lan.interfaceName(), "from the NGN, " + lan.interfaceName()
                + "'s address " + lan.routerAddress().getHostAddress() + " (routed to the router's WAN address) has"
                + " nothing open (the config publishes nothing by IPv6)", CheckKind.SCENARIO, lan.line(),
                () -> onlyPublishedOpen(open.get(), target, List.of()));
    }

    private static void onlyPublishedOpen(List<Port> open, Target t, List<Port> published) {
        List<String> unexpected = open.stream().filter(p -> !published.contains(p))
                .map(p -> p + " answered by " + t.name()).toList();
        if (!unexpected.isEmpty()) {
            throw new AssertionError("\n  expected: open on " + t + " only " + published + "\n  seen:     open "
                    + open + "; not published by the config: " + String.join(", ", unexpected));
        }
    }
}
