package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commit checks of {@code interfaces tunnel}: vyos-1x@1.3.4 src/conf_mode/interfaces-tunnel.py verify() and
 * vyos-1x@1.4.0 src/conf_mode/interfaces_tunnel.py verify(), with their helpers verify_tunnel() and
 * verify_mtu_ipv6() of python/vyos/configverify.py. Each tunnel is verified on its own and its first error
 * stops it, as the script raises. Not ported: the checks between two GRE tunnels (same source and key), ERSPAN,
 * and whether a source-interface exists on the router (that needs the router).
 */
final class TunnelCommitCheck {

    private TunnelCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        for (ConfigNode t : CommitChecks.children(tree, List.of("interfaces", "tunnel"))) {
            refusal(t, version).ifPresent(r -> CommitChecks.refuse(diag, version, r.line(),
                    "interfaces tunnel " + t.name(), r.message()));
        }
    }

    private record Refusal(int line, String message) {
    }

    private static Optional<Refusal> refusal(ConfigNode t, VyosVersion version) {
        boolean v13 = version == VyosVersion.V1_3;
        Optional<String> encap = value(t, "encapsulation");
        Optional<String> source = value(t, "source-address");
        Optional<String> remote = value(t, "remote");
        boolean sourceInterface = node(t, "source-interface").isPresent();
        boolean key = node(t, "parameters", "ip", "key").isPresent();
        // verify_tunnel()
        if (encap.isEmpty()) {
            return refuse(t.line(), "Must configure the tunnel encapsulation for " + t.name() + "!");
        }
        String e = encap.get();
        if (source.isEmpty() && !sourceInterface) {
            return refuse(t.line(), "source-address or source-interface required for tunnel!");
        }
        if (remote.isEmpty() && !e.equals("gre")) {
            return refuse(t.line(), v13 ? "remote-ip address is mandatory for tunnel"
                    : "remote ip address is mandatory for tunnel");
        }
        Set<String> overIpv6 = v13 ? Set.of("ipip6", "ip6ip6", "ip6gre")
                : Set.of("ipip6", "ip6ip6", "ip6gre", "ip6gretap", "ip6erspan");
        boolean wantV6 = overIpv6.contains(e);
        String family = wantV6 ? "IPv6" : "IPv4";
        if (source.isPresent() && isIpv6(source.get()) != wantV6) {
            return refuse(lineOf(t, "source-address"), "Encapsulation mode requires " + family + " source-address");
        }
        if (remote.isPresent() && isIpv6(remote.get()) != wantV6) {
            return refuse(lineOf(t, "remote"), "Encapsulation mode requires " + family + " "
                    + (wantV6 ? (v13 ? "remote-ip address" : "remote") : "remote address"));
        }
        Set<String> noSourceInterface = v13 ? Set.of("sit", "gretap") : Set.of("sit", "gretap", "ip6gretap");
        if (noSourceInterface.contains(e) && sourceInterface) {
            return refuse(lineOf(t, "source-interface"), "Option source-interface can not be used with encapsulation \""
                    + e + "\"!");
        }
        if (e.equals("gre") && source.filter(TunnelCommitCheck::isIpv6).isPresent()) {
            return refuse(lineOf(t, "source-address"), "Can not use local IPv6 address is for mGRE tunnels");
        }
        // verify()
        if (e.equals("gre") && source.filter("0.0.0.0"::equals).isPresent() && !key) {
            return refuse(lineOf(t, "source-address"), "\"parameters ip key\" must be set for " + t.name()
                    + " when encapsulation is GRE!");
        }
        if ((e.equals("ipip") || e.equals("sit")) && key) {
            return refuse(lineOf(t, "parameters"), "Keys are not allowed with ipip and sit tunnels!");
        }
        Optional<Refusal> mtu = mtuForIpv6(t, version);
        if (mtu.isPresent()) {
            return mtu;
        }
        boolean noPmtu = node(t, "parameters", "ip", "no-pmtu-discovery").isPresent();
        if (noPmtu) {
            // the tree's default ttl is 64: "parameters and ip use default values, thus the keys are always present"
            String ttl = value(t, "parameters", "ip", "ttl").orElseGet(() -> treeDefault(version,
                    "interfaces tunnel parameters ip ttl"));
            if (!ttl.equals("0")) {
                return refuse(lineOf(t, "parameters"), "Disabled PMTU requires TTL set to \"0\"!");
            }
            if (Set.of("ipip6", "ip6ip6", "ip6gre").contains(e)) {
                return refuse(lineOf(t, "parameters"), "Can not disable PMTU discovery for given encapsulation");
            }
        }
        if (node(t, "parameters", "ip", "ignore-df").isPresent()) {
            if (!e.equals("gretap")) {
                return refuse(lineOf(t, "parameters"), "Option ignore-df can only be used on GRETAP tunnels!");
            }
            if (!noPmtu) {
                return refuse(lineOf(t, "parameters"), "Option ignore-df requires path MTU discovery to be disabled!");
            }
        }
        return Optional.empty();
    }

    /** verify_mtu_ipv6(): below 1280 bytes, no IPv6 on the port (the MTU defaults to the tree's 1476). */
    private static Optional<Refusal> mtuForIpv6(ConfigNode t, VyosVersion version) {
        int mtu = Integer.parseInt(value(t, "mtu").orElseGet(() -> treeDefault(version, "interfaces tunnel mtu")));
        if (mtu >= 1280) {
            return Optional.empty();
        }
        String message = "IPv6 address will be configured on interface \"" + t.name() + "\",\nthe required minimum MTU is "
                + (version == VyosVersion.V1_3 ? "1280!" : "\"1280\"!");
        int line = lineOf(t, "mtu");
        boolean ipv6Address = node(t, "address").map(ConfigNode::children).orElse(List.of()).stream()
                .map(ConfigNode::name).anyMatch(a -> a.equals("dhcpv6") || isIpv6(a));
        if (ipv6Address) {
            return refuse(line, message);
        }
        if (node(t, "ipv6", "address", "no-default-link-local").isEmpty()) {
            return refuse(line, "link-local " + message);
        }
        if (node(t, "ipv6", "address", "autoconf").isPresent() || node(t, "ipv6", "address", "eui64").isPresent()) {
            return refuse(line, message);
        }
        return Optional.empty();
    }

    private static String treeDefault(VyosVersion version, String keywords) {
        return CommandTree.of(version.treeRelease()).node(keywords).flatMap(CommandNode::defaultValue).orElseThrow();
    }

    /** vyos.template is_ipv6(): an address or prefix of family 6. */
    private static boolean isIpv6(String address) {
        String bare = address.contains("/") ? address.substring(0, address.indexOf('/')) : address;
        return Addresses.parse(bare).filter(a -> a instanceof Inet6Address).isPresent();
    }

    private static Optional<Refusal> refuse(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }
}
