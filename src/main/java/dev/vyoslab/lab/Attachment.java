package dev.vyoslab.lab;

import java.net.InetAddress;

/** A node's port on a segment, with the container-side addresses Docker gives it. */
public record Attachment(Segment segment, InetAddress ipv4, InetAddress ipv6) {
}
