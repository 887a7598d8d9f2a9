package dev.vyoslab.lan;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The LAN's default addresses (the seed's 10.0.1.0/24), each declared once; a config's own LAN replaces them. */
public final class LanAddresses {

    public static final InetAddress ROUTER = address("10.0.1.254");
    public static final InetAddress PUBLISHED_SERVER = address("10.0.1.100");
    /** Minecraft Bedrock's port, which the seed publishes through destination NAT. */
    public static final int BEDROCK_PORT = 19132;

    private LanAddresses() {
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
