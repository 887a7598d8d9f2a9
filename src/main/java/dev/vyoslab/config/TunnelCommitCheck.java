package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import dev.vyoslab.config.CommitChecks.Refusal;
import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commit checks of {@code interfaces tunnel}: vyos-1x@1.3.4 src/conf_mode/interfaces-tunnel.py verify() and
 * vyos-1x@1.4.0 src/conf_mode/interfaces_tunnel.py verify(), with their helpers verify_tunnel() and
 * verify_mtu_ipv6() of python/vyos/configverify.py. Each tunnel is verified on its own and its first error
 * stops it, as the script raises. The checks between two GRE tunnels (same source and key, same remote without a
 * key) are 1.3.4's. Not ported: ERSPAN, and whether a source-interface exists on the router (that needs the router).
 */
final class TunnelCommitCheck {

    private TunnelCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        List<ConfigNode> tunnels = CommitChecks.children(tree, List.of("interfaces", "tunnel"));
        for (ConfigNode t : tunnels) {
            refusal(t, tunnels, version).ifPresent(r -> CommitChecks.refuse(diag, version, r.line(),
                    "interfaces tunnel " + t.name(), r.message()));
        }
    }

    private static Optional<Refusal> refusal(ConfigNode t, List<ConfigNode> tunnels, VyosVersion version) {
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
        if (v13 && (e.equals("gre") || e.equals("gretap"))) {
            Optional<Refusal> pair = grePair(t, tunnels);
            if (pair.isPresent()) {
                return pair;
            }
        }
        if ((e.equals("ipip") || e.equals("sit")) && key) {
            return refuse(lineOf(t, "parameters"), "Keys are not allowed with ipip and sit tunnels!");
        }
        Optional<Refusal> mtu = CommitChecks.mtuIpv6(t, version, "interfaces tunnel mtu");
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

    /**
     * vyos-1x@1.3.4 src/conf_mode/interfaces-tunnel.py verify(), T2920: against every other GRE/GRETAP tunnel, a key
     * may not repeat for the same source-address, and without a key the same remote may not be reached from the same
     * source-address or source-interface (dict_search() gives None for both absent values, and None == None);
     * smoketest/scripts/cli/test_interfaces_tunnel.py test_multiple_gre_tunnel_same_remote.
     */
    private static Optional<Refusal> grePair(ConfigNode t, List<ConfigNode> tunnels) {
        Set<String> gre = Set.of("gre", "gretap");
        Optional<String> source = value(t, "source-address");
        Optional<String> key = value(t, "parameters", "ip", "key");
        for (ConfigNode o : tunnels) {
            if (o == t || value(o, "encapsulation").filter(gre::contains).isEmpty()) {
                continue;
            }
            Optional<String> theirSource = value(o, "source-address");
            if (key.isPresent()) {
                if (theirSource.equals(source) && value(o, "parameters", "ip", "key").equals(key)) {
                    return refuse(lineOf(t, "parameters"), "Key \"" + key.get() + "\" for source-address \""
                            + source.orElse("None") + "\" is already used for tunnel \"" + o.name() + "\"!");
                }
            } else if ((theirSource.equals(source) || value(t, "source-interface").equals(value(o, "source-interface")))
                    && value(o, "remote").equals(value(t, "remote"))) {
                return refuse(t.line(), "Missing required \"ip key\" parameter when running more then one GRE based"
                        + " tunnel on the same source-interface/source-address");
            }
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
