package dev.vyoslab.check;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/** Where a probe is sent: an address and the name a report shows for it ({@code whoami}, {@code router pppoe0}). */
public record Target(String name, InetAddress address) {

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }

    public boolean isIpv6() {
        return address instanceof Inet6Address;
    }

    /** The address as a shell argument / URL host ({@code [2001:db8::1]} for IPv6 in URLs). */
    String host() {
        return address.getHostAddress();
    }

    String urlHost() {
        return isIpv6() ? "[" + host() + "]" : host();
    }

    @Override
    public String toString() {
        return name + " (" + host() + ")";
    }
}
