package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import java.time.Duration;
import java.util.List;

/**
 * radvd.conf for the NGN: one SLAAC prefix (A and L flags), managed flag off and other-config on (addresses by
 * SLAAC, DNS by stateless DHCPv6), prefixes that are only on-link (L flag, no A: the AFTR's /64, so a host with
 * forwarding disabled reaches the AFTR by neighbour discovery without a default router), and prefixes being
 * withdrawn after renumbering (preferred lifetime 0: deprecated at once).
 */
record RadvdConf(String iface, Prefix slaac, List<Prefix> onLink, List<Prefix> withdrawn, Duration routerLifetime) {

    static final int MIN_INTERVAL_S = 3;
    static final int MAX_INTERVAL_S = 10;

    RadvdConf {
        onLink = List.copyOf(onLink);
        withdrawn = List.copyOf(withdrawn);
        requireSlaacPrefix(slaac);
        for (Prefix p : onLink) {
            requireIpv6(p, "on-link prefix");
        }
        if (routerLifetime.isNegative() || routerLifetime.toSeconds() > 9000) {
            throw new IllegalArgumentException("router lifetime must be 0-9000 s, not " + routerLifetime.toSeconds());
        }
    }

    /** SLAAC needs an IPv6 /64. */
    static void requireSlaacPrefix(Prefix p) {
        requireIpv6(p, "SLAAC prefix");
        if (p.length() != 64) {
            throw new IllegalArgumentException("the SLAAC prefix must be a /64 (RFC 4862), not " + p);
        }
    }

    static void requireIpv6(Prefix p, String what) {
        if (p.isIpv4()) {
            throw new IllegalArgumentException("the " + what + " must be IPv6, not " + p);
        }
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("interface ").append(iface).append(" {\n")
                .append("    AdvSendAdvert on;\n")
                .append("    AdvManagedFlag off;\n")
                .append("    AdvOtherConfigFlag on;\n")
                .append("    MinRtrAdvInterval ").append(MIN_INTERVAL_S).append(";\n")
                .append("    MaxRtrAdvInterval ").append(MAX_INTERVAL_S).append(";\n")
                .append("    AdvDefaultLifetime ").append(routerLifetime.toSeconds()).append(";\n");
        prefix(out, slaac, true, 14400, 86400);
        for (Prefix p : withdrawn) {
            prefix(out, p, true, 0, 7200);
        }
        for (Prefix p : onLink) {
            prefix(out, p, false, 14400, 86400);
        }
        return out.append("};\n").toString();
    }

    private static void prefix(StringBuilder out, Prefix p, boolean autonomous, int preferred, int valid) {
        out.append("    prefix ").append(p.network()).append(" {\n")
                .append("        AdvOnLink on;\n")
                .append("        AdvAutonomous ").append(autonomous ? "on" : "off").append(";\n")
                .append("        AdvPreferredLifetime ").append(preferred).append(";\n")
                .append("        AdvValidLifetime ").append(valid).append(";\n")
                .append("    };\n");
    }
}
