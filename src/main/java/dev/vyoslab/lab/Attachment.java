package dev.vyoslab.lab;

import java.net.InetAddress;

/**
 * A node's port on a segment: the lab addresses the node holds there ({@code ipv6} may be null) and the address
 * Docker gives the container interface, which only identifies that interface (and, where the segment has no lab
 * subnet of its own, is the lab address too).
 */
public record Attachment(Segment segment, InetAddress ipv4, InetAddress ipv6, InetAddress dockerIpv4) {

    /** True where the node must replace Docker's address with the lab's. */
    public boolean relabelled() {
        return !ipv4.equals(dockerIpv4);
    }
}
