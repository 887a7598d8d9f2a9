package dev.vyoslab.world;

import dev.vyoslab.isp.LabDns;
import dev.vyoslab.lab.Segment;

/** The lab resolver: on the Internet by IPv4 and on the WAN by the IPv6 address stateless DHCPv6 hands out. */
record LabDnsPeer(LabDns node, Segment segment) implements Peer {

    static LabDnsPeer of(LabSegments segments) {
        return new LabDnsPeer(new LabDns(segments.internet()).withWan(segments.wan()), segments.internet());
    }
}
