package dev.vyoslab.check;

import java.util.Locale;

/** A transport port, {@code udp/19132}. */
public record Port(Protocol protocol, int number) {

    public enum Protocol { TCP, UDP }

    public Port {
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port " + number + " out of range 1-65535");
        }
    }

    public static Port tcp(int number) {
        return new Port(Protocol.TCP, number);
    }

    public static Port udp(int number) {
        return new Port(Protocol.UDP, number);
    }

    /** {@code tcp}/{@code udp} as VyOS writes the protocol; anything else is refused. */
    public static Port of(String protocol, int number) {
        return new Port(Protocol.valueOf(protocol.toUpperCase(Locale.ROOT)), number);
    }

    @Override
    public String toString() {
        return protocol.name().toLowerCase(Locale.ROOT) + "/" + number;
    }
}
