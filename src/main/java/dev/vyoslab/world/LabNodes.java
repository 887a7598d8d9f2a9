package dev.vyoslab.world;

import dev.vyoslab.check.LabView;
import dev.vyoslab.check.Port;
import dev.vyoslab.config.Eui64;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.Aftr;
import dev.vyoslab.isp.DnsApiMock;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.isp.LabDns;
import dev.vyoslab.isp.Ngn;
import dev.vyoslab.isp.PppoeBras;
import dev.vyoslab.isp.WhoamiHost;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.lan.DhcpClientHost;
import dev.vyoslab.lan.PublishedServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The segments and peers a {@link LabPlan} asks for, added to a lab (not started): the NGN announcing the plan's
 * /64, the AFTR at the tunnel remote serving the router's SLAAC address as B4, the BRAS with the config's account,
 * the Internet hosts (whoami, resolver, DNS-API mock with the config's zones and credentials) and the LAN hosts (a
 * DHCP client, one published server per DNAT target). Every LAN host answers on {@link LabView#LAN_CANARY}.
 */
record LabNodes(Segment mgmt, Segment wan, Segment lan, Segment internet, Ngn ngn, Optional<Aftr> aftr,
                Optional<PppoeBras> bras, WhoamiHost whoami, LabDns dns, Optional<DnsApiMock> dnsApi,
                DhcpClientHost client, List<PublishedServer> servers) {

    /** A pool wider than this is not kept free address by address (the lab's own nodes sit at the top anyway). */
    private static final int MAX_RESERVED = 4096;

    static LabNodes add(Lab lab, LabPlan plan) {
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan", null, plan.wanPrefix());
        Segment lan = lab.segment("lan", plan.lan().subnet(), null);
        Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
        lan.reserve(plan.lan().routerAddress());
        plan.lan().dhcpRanges().forEach(r -> reserve(lan, r));

        InetAddress b4 = Eui64.address(plan.wanPrefix(), plan.routerWanMac());
        Set<Prefix> onLink = new LinkedHashSet<>();
        plan.aftr().ifPresent(a -> onLink.add(new Prefix(a.remote(), 64).network()));
        onLink.add(new Prefix(IspAddresses.LAB_DNS_IPV6, 64).network());
        Ngn ngn = lab.add(new Ngn(wan).withPrefix(plan.wanPrefix()).withOnLinkPrefixes(onLink.toArray(Prefix[]::new)));
        Optional<Aftr> aftr = plan.aftr().map(a -> lab.add(new Aftr(mgmt, wan, internet)
                .withTunnelAddress(a.remote()).withPublicAddress(a.publicAddress()).withB4(b4)));
        Optional<PppoeBras> bras = plan.bras().map(b -> {
            PppoeBras node = new PppoeBras(mgmt, wan, internet).withAccount(b.user(), b.password())
                    .withAddresses(IspAddresses.BRAS_PPP_LOCAL, b.sessionAddress(), 1);
            b.mtu().ifPresent(node::withMtu);
            return lab.add(node);
        });

        WhoamiHost whoami = lab.add(new WhoamiHost(internet));
        LabDns dns = lab.add(new LabDns(internet).withWan(wan));
        Optional<DnsApiMock> dnsApi = plan.dnsAccounts().isEmpty() ? Optional.empty() : Optional.of(dnsApi(lab,
                internet, plan.dnsAccounts()));

        DhcpClientHost client = lab.add(new DhcpClientHost("pc", lan).withTcpPort(LabView.LAN_CANARY.number()));
        List<PublishedServer> servers = new ArrayList<>();
        for (LabPlan.Server s : plan.servers()) {
            servers.add(lab.add(server(s, lan, plan.lan().routerAddress())));
        }
        return new LabNodes(mgmt, wan, lan, internet, ngn, aftr, bras, whoami, dns, dnsApi, client,
                List.copyOf(servers));
    }

    private static DnsApiMock dnsApi(Lab lab, Segment internet, List<LabPlan.DnsAccount> accounts) {
        DnsApiMock mock = new DnsApiMock(internet);
        for (LabPlan.DnsAccount a : accounts) {
            mock.withZone(a.zone());
            if (a.login().isPresent() && a.password().isPresent()) {
                mock.withCredentials(a.login().get(), a.password().get());
            }
        }
        return lab.add(mock);
    }

    /** Answers the DNAT ports (UDP ones also as a Bedrock server: a game client's ping gets a pong) and the canary. */
    private static PublishedServer server(LabPlan.Server s, Segment lan, InetAddress router) {
        PublishedServer server = new PublishedServer(s.name(), lan, s.address(), router)
                .withBedrockPorts(s.ports().stream().filter(p -> p.protocol() == Port.Protocol.UDP)
                        .map(Port::number).toArray(Integer[]::new))
                .withTcpPort(LabView.LAN_CANARY.number());
        s.ports().stream().filter(p -> p.protocol() == Port.Protocol.TCP).forEach(p -> server.withTcpPort(p.number()));
        return server;
    }

    /** Keeps a DHCP range free of the lab addresses allocated to nodes. */
    private static void reserve(Segment lan, Intent.Range range) {
        BigInteger from = new BigInteger(1, range.start().getAddress());
        BigInteger to = new BigInteger(1, range.stop().getAddress());
        if (to.subtract(from).compareTo(BigInteger.valueOf(MAX_RESERVED)) > 0) {
            to = from.add(BigInteger.valueOf(MAX_RESERVED));
        }
        for (BigInteger a = from; a.compareTo(to) <= 0; a = a.add(BigInteger.ONE)) {
            lan.reserve(address(a));
        }
    }

    private static InetAddress address(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[4];
        int n = Math.min(raw.length, 4);
        System.arraycopy(raw, raw.length - n, out, 4 - n, n);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server at {@code address}, if the plan put one there. */
    Optional<PublishedServer> serverAt(InetAddress address) {
        return servers.stream().filter(s -> s.address().equals(address)).findFirst();
    }
}
