package dev.vyoslab.isp;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The source address and port a responder saw: which uplink (and which NAT) a packet went through. */
public record SeenSource(InetAddress address, int port) {

    /** Parses a responder's reply line, {@code ADDRESS PORT}. */
    public static SeenSource parse(String reply) {
        String[] words = reply.strip().split("\\s+");
        if (words.length != 2 || !words[1].matches("\\d{1,5}") || !words[0].matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("not a responder reply (ADDRESS PORT): '" + reply.strip() + "'");
        }
        try {
            return new SeenSource(InetAddress.getByName(words[0]), Integer.parseInt(words[1]));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a responder reply: '" + reply.strip() + "'", e);
        }
    }
}
