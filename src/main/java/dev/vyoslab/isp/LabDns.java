package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's resolver (dnsmasq): lab names only, {@code api.cloudflare.com} pointing at the DNS-API mock. Reachable by
 * IPv4 on the Internet segment and, with {@link #withWan}, by IPv6 on the WAN at the address the NGN hands out by
 * stateless DHCPv6. Ready when port 53 is bound.
 */
public final class LabDns extends HostContainer<LabDns> {

    public static final String DNS_API_NAME = "api.cloudflare.com";

    private final Map<String, List<InetAddress>> hosts = new LinkedHashMap<>();
    private final List<Segment> segments = new ArrayList<>();
    private final InetAddress address;
    private InetAddress wanAddress;

    /** On the Internet segment at {@link IspAddresses#LAB_DNS}, resolving the DNS-API host to {@link IspAddresses#DNS_API}. */
    public LabDns(Segment internet) {
        this(internet, IspAddresses.LAB_DNS);
    }

    public LabDns(Segment internet, InetAddress address) {
        super("dns");
        this.address = address;
        withSegment(internet, address, null);
        segments.add(internet);
        withIspRoutes();
        withHost(DNS_API_NAME, IspAddresses.DNS_API);
    }

    /** Also serves on the WAN at {@link IspAddresses#LAB_DNS_IPV6}. */
    public LabDns withWan(Segment wan) {
        return withWan(wan, IspAddresses.LAB_DNS_IPV6);
    }

    public LabDns withWan(Segment wan, InetAddress ipv6) {
        if (ipv6.getAddress().length != 16) {
            throw new IllegalArgumentException("dns: the WAN address must be IPv6, not " + ipv6.getHostAddress());
        }
        this.wanAddress = ipv6;
        segments.add(wan);
        withSegment(wan);
        return withAddress(wan, new Prefix(ipv6, 64));
    }

    /** Answers {@code name} with these addresses (A or AAAA by family), replacing what it answered before. */
    public LabDns withHost(String name, InetAddress... addresses) {
        hosts.put(name.toLowerCase(java.util.Locale.ROOT), List.of(addresses));
        return self();
    }

    @Override
    protected void configure() {
        LabDnsConf conf = new LabDnsConf(segments.stream().map(HostContainer::interfaceName).toList(), hosts);
        withConfigFile(CONFIG_DIR + "dnsmasq.conf", conf.render());
        withDaemon("ss -Hlnu 'sport = :53' | grep -q .",
                "dnsmasq", "--keep-in-foreground", "--conf-file=" + CONFIG_DIR + "dnsmasq.conf");
    }

    public InetAddress address() {
        return address;
    }

    /** The IPv6 address on the WAN, if {@link #withWan} was called. */
    public java.util.Optional<InetAddress> wanAddress() {
        return java.util.Optional.ofNullable(wanAddress);
    }
}
