package dev.vyoslab.world;

import dev.vyoslab.config.Intent;
import dev.vyoslab.lab.Segment;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which peers a plan gets: one line per kind of peer. The LAN's router address and DHCP ranges are kept free of the
 * lab's own nodes first, so no container takes an address the router hands out.
 */
final class Peers {

    /** A pool wider than this is not kept free address by address (the lab's own nodes sit at the top anyway). */
    private static final int MAX_RESERVED = 4096;

    private Peers() {
    }

    static List<Peer> chosen(LabPlan plan, LabSegments segments) {
        segments.lan().reserve(plan.lan().routerAddress());
        plan.lan().dhcpRanges().forEach(r -> reserve(segments.lan(), r));
        List<Peer> peers = new ArrayList<>();
        peers.add(NgnPeer.of(plan, segments));
        plan.aftr().ifPresent(a -> peers.add(AftrPeer.of(a, plan, segments)));
        plan.bras().ifPresent(b -> peers.add(BrasPeer.of(b, segments)));
        peers.add(WhoamiPeer.of(segments));
        peers.add(LabDnsPeer.of(segments));
        if (!plan.dnsAccounts().isEmpty()) {
            peers.add(DnsApiPeer.of(plan.dnsAccounts(), segments));
        }
        peers.add(LanClientPeer.of(plan, segments));
        plan.servers().forEach(s -> peers.add(ServerPeer.of(s, plan, segments)));
        return List.copyOf(peers);
    }

    private static void reserve(Segment lan, Intent.Range range) {
        BigInteger from = new BigInteger(1, range.start().getAddress());
        BigInteger to = new BigInteger(1, range.stop().getAddress());
        if (to.subtract(from).compareTo(BigInteger.valueOf(MAX_RESERVED)) > 0) {
            to = from.add(BigInteger.valueOf(MAX_RESERVED));
        }
        for (BigInteger a = from; a.compareTo(to) <= 0; a = a.add(BigInteger.ONE)) {
            lan.reserve(ipv4(a));
        }
    }

    private static InetAddress ipv4(BigInteger value) {
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
}
