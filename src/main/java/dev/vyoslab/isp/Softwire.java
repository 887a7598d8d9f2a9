package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * One B4 the AFTR serves: its IPv6 address (the tunnel's far end) and the inner IPv4 sources it uses. Return traffic
 * to those sources is encapsulated back to it. The default, any source, is what a router whose tunnel interface has no
 * IPv4 address needs (Linux then picks another interface's address as the inner source).
 */
public record Softwire(InetAddress b4, List<Prefix> inner) {

    public static final Prefix ANY = IspAddresses.prefix("0.0.0.0/0");

    public Softwire {
        if (!(b4 instanceof Inet6Address)) {
            throw new IllegalArgumentException("a B4 address must be IPv6, not " + b4.getHostAddress());
        }
        inner = List.copyOf(inner);
        if (inner.isEmpty()) {
            throw new IllegalArgumentException("the softwire to " + IspAddresses.literal(b4) + " needs inner prefixes");
        }
        for (Prefix p : inner) {
            if (!p.isIpv4()) {
                throw new IllegalArgumentException("an inner prefix must be IPv4, not " + p);
            }
        }
    }

    /**
     * The commands that route this softwire's return traffic ({@code ip} from iproute2), encapsulated from
     * {@code source}: the B4's tunnel accepts only its configured remote, and without it the kernel would pick the
     * AFTR's SLAAC address.
     */
    String routeCommands(String tunnel, String wan, InetAddress source) {
        StringBuilder out = new StringBuilder();
        out.append("ip -6 route replace ").append(IspAddresses.literal(b4)).append("/128 dev ").append(wan).append('\n');
        for (Prefix p : inner) {
            out.append("ip route replace ").append(p.network()).append(" encap ip6 src ")
                    .append(IspAddresses.literal(source)).append(" dst ")
                    .append(IspAddresses.literal(b4)).append(" dev ").append(tunnel).append('\n');
        }
        return out.toString();
    }
}
