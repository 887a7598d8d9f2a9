package dev.vyoslab.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address with a prefix length, as VyOS writes it ({@code 10.0.1.254/24}).
 * The address keeps its host bits: {@code 10.0.1.254/24} is the router's address on its subnet;
 * {@link #network()} gives {@code 10.0.1.0/24}.
 */
public record Prefix(InetAddress address, int length) {

    public Prefix {
        if (address == null) {
            throw new IllegalArgumentException("prefix needs an address");
        }
        int max = maxLength(address);
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length " + length + " out of range 0-" + max);
        }
    }

    /** Parses {@code a.b.c.d/n} or {@code x:y::/n}; a bare address is not a prefix. */
    public static Optional<Prefix> parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return Optional.empty();
        }
        Optional<InetAddress> address = Addresses.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        if (address.isEmpty() || !len.chars().allMatch(Character::isDigit) || len.length() > 3) {
            return Optional.empty();
        }
        int n = Integer.parseInt(len);
        return n <= maxLength(address.get()) ? Optional.of(new Prefix(address.get(), n)) : Optional.empty();
    }

    /** A host route: /32 or /128. */
    public static Prefix host(InetAddress address) {
        return new Prefix(address, maxLength(address));
    }

    public boolean isIpv4() {
        return address instanceof Inet4Address;
    }

    /** The same prefix with host bits cleared. */
    public Prefix network() {
        return new Prefix(Addresses.mask(address, length), length);
    }

    /** True if {@code other} is of the same family and falls inside this prefix. */
    public boolean contains(InetAddress other) {
        return other.getClass() == address.getClass()
                && Addresses.mask(other, length).equals(Addresses.mask(address, length));
    }

    private static int maxLength(InetAddress a) {
        return a instanceof Inet4Address ? 32 : 128;
    }

    @Override
    public String toString() {
        return Addresses.format(address) + "/" + length;
    }
}
