package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.images.builder.Transferable;

/**
 * The FLETS NGN on the WAN segment: radvd announces a /64 for SLAAC (managed off, other-config on) plus the AFTR's
 * /64 as on-link only, and dnsmasq answers stateless DHCPv6 with the lab resolver. A container: router advertisements
 * and DHCPv6 need no special kernel.
 *
 * <p>Why on-link instead of routing: the router's WAN has forwarding disabled, so it is a host there. A host accepts
 * on-link prefixes from any RA and then reaches the AFTR and the resolver directly by neighbour discovery; the NGN
 * needs no IPv6 forwarding and announces no default route (router lifetime 0 by default), so nothing can be routed
 * through it anywhere.
 *
 * <p>Ready when radvd runs and the DHCPv6 port is bound. {@link #renumber} changes the prefix at runtime.
 */
public final class Ngn extends HostContainer<Ngn> {

    private static final String RADVD_CONF = CONFIG_DIR + "radvd.conf";
    private static final String DHCPV6_CONF = CONFIG_DIR + "dhcpv6.conf";

    private final Segment wan;
    private Prefix prefix = IspAddresses.NGN_PREFIX;
    private final List<Prefix> onLink = new ArrayList<>(List.of(new Prefix(IspAddresses.AFTR_IPV6, 64).network()));
    private final List<Prefix> withdrawn = new ArrayList<>();
    private List<InetAddress> dnsServers = List.of(IspAddresses.LAB_DNS_IPV6);
    private List<String> domainSearch = List.of();
    private Duration routerLifetime = Duration.ZERO;

    public Ngn(Segment wan) {
        super("ngn");
        this.wan = wan;
        withSegment(wan);
    }

    /** The /64 announced for SLAAC ({@link IspAddresses#NGN_PREFIX} by default). */
    public Ngn withPrefix(Prefix prefix) {
        RadvdConf.requireSlaacPrefix(prefix);
        this.prefix = prefix.network();
        return self();
    }

    /** Replaces the on-link-only prefixes (the AFTR's /64 by default). */
    public Ngn withOnLinkPrefixes(Prefix... prefixes) {
        onLink.clear();
        for (Prefix p : prefixes) {
            RadvdConf.requireIpv6(p, "on-link prefix");
            onLink.add(p.network());
        }
        return self();
    }

    /** The /64 around the AFTR's address, announced on-link so the router reaches it without a route. */
    public Ngn withAftr(InetAddress aftr) {
        return withOnLinkPrefixes(new Prefix(aftr, 64).network());
    }

    /** The DNS servers stateless DHCPv6 hands out ({@link IspAddresses#LAB_DNS_IPV6} by default). */
    public Ngn withDnsServers(InetAddress... servers) {
        new Dhcpv6StatelessConf("check", List.of(servers), List.of());
        this.dnsServers = List.of(servers);
        return self();
    }

    public Ngn withDomainSearch(String... domains) {
        this.domainSearch = List.of(domains);
        return self();
    }

    /** Router lifetime in the RAs; 0 (the default) announces no default router. */
    public Ngn withRouterLifetime(Duration lifetime) {
        this.routerLifetime = lifetime;
        radvdConf();
        return self();
    }

    private RadvdConf radvdConf() {
        return new RadvdConf(interfaceName(wan), prefix, onLink, withdrawn, routerLifetime);
    }

    @Override
    protected void configure() {
        withConfigFile(RADVD_CONF, radvdConf().render());
        withConfigFile(DHCPV6_CONF, new Dhcpv6StatelessConf(interfaceName(wan), dnsServers, domainSearch).render());
        withDaemon("pidof radvd && ss -Hlnu 'sport = :547' | grep -q .", "bash", "-c",
                "dnsmasq --keep-in-foreground --conf-file=" + DHCPV6_CONF + " & "
                        + "exec radvd --nodaemon --config=" + RADVD_CONF + " --logmethod=stderr --pidfile=/run/radvd.pid");
    }

    /**
     * ISP renumbering: announces {@code newPrefix} for SLAAC and the old prefix with preferred lifetime 0, so hosts
     * deprecate their old addresses at once and form new ones.
     */
    public synchronized void renumber(Prefix newPrefix) {
        RadvdConf.requireSlaacPrefix(newPrefix);
        withdrawn.remove(newPrefix.network());
        if (!prefix.equals(newPrefix.network())) {
            withdrawn.add(prefix);
        }
        prefix = newPrefix.network();
        copyFileToContainer(Transferable.of(radvdConf().render(), 0644), RADVD_CONF);
        exec("kill -HUP $(cat /run/radvd.pid)").orThrow();
        log.info("ngn: renumbered to {} (withdrawing {})", prefix, withdrawn);
    }

    /** The /64 currently announced for SLAAC. */
    public synchronized Prefix prefix() {
        return prefix;
    }

    public List<Prefix> onLinkPrefixes() {
        return List.copyOf(onLink);
    }

    public List<InetAddress> dnsServers() {
        return dnsServers;
    }
}
