package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.node;

import dev.vyoslab.config.CommitChecks.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * The commit checks of {@code interfaces pppoe}: what VyOS's {@code verify()} refuses when the config is committed,
 * in its order (vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py, 1.4.0 interfaces_pppoe.py); the first error stops it.
 */
final class PppoeCommitCheck {

    private PppoeCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        CommandTree commands = CommandTree.of(version.treeRelease());
        Optional<ConfigNode> pppoe = tree.node(List.of("interfaces", "pppoe"));
        for (ConfigNode p : pppoe.map(ConfigNode::children).orElse(List.of())) {
            String what = "interfaces pppoe " + p.name();
            Optional<Refusal> first = version == VyosVersion.ROLLING ? Optional.empty() : beforeMru(p, version);
            if (first.isPresent()) {
                CommitChecks.refuse(diag, version, first.get().line(), what, first.get().message());
                continue;
            }
            Optional<ConfigNode> mtuNode = p.child("mtu").flatMap(n -> n.children().stream().findFirst());
            Optional<ConfigNode> mruNode = p.child("mru").flatMap(n -> n.children().stream().findFirst());
            int mtu = mtuNode.map(n -> Integer.parseInt(n.name()))
                    .orElseGet(() -> defaultOf(commands, "interfaces pppoe mtu"));
            // vyos-1x@1.4.0 src/conf_mode/interfaces_pppoe.py get_config(): without 'mru', MRU is set to the MTU;
            // vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py keeps the tree's default (1492) instead
            int mru = mruNode.map(n -> Integer.parseInt(n.name())).orElseGet(() -> version == VyosVersion.V1_3
                    ? defaultOf(commands, "interfaces pppoe mru") : mtu);
            // vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py verify(): "PPPoE MRU needs to be lower then MTU!"
            if (mru > mtu) {
                int line = mruNode.or(() -> mtuNode).map(ConfigNode::line).orElse(p.line());
                CommitChecks.refuse(diag, version, line, what,
                        "PPPoE MRU needs to be lower then MTU!", " (mru " + mru
                        + (mruNode.isEmpty() ? ", its default," : "") + " > mtu " + mtu
                        + (mruNode.isEmpty() ? "; set 'mru " + mtu + "' as well" : "") + ")");
            }
        }
    }

    /** The checks verify() makes before the MRU's: source-interface, authentication, MTU for IPv6, on-demand + VRF. */
    private static Optional<Refusal> beforeMru(ConfigNode p, VyosVersion version) {
        boolean v13 = version == VyosVersion.V1_3;
        // vyos-1x@1.3.4 (1.4.0) python/vyos/configverify.py verify_source_interface()
        if (p.child("source-interface").isEmpty()) {
            return Optional.of(new Refusal(p.line(), v13 ? "Physical source-interface required for interface \""
                    + p.name() + "\"" : "Physical source-interface required for \"" + p.name() + "\"!"));
        }
        // vyos-1x@1.3.4 (1.4.0) python/vyos/configverify.py verify_authentication(); 1.4.0 names the user 'username'
        Optional<ConfigNode> auth = p.child("authentication");
        if (auth.isPresent() && (auth.get().child(v13 ? "user" : "username").isEmpty()
                || auth.get().child("password").isEmpty())) {
            return Optional.of(new Refusal(auth.get().line(), "Authentication requires both username and password to"
                    + " be set!"));
        }
        if (v13) {
            Optional<Refusal> mtu = CommitChecks.mtuIpv6(p, version, "interfaces pppoe mtu");
            if (mtu.isPresent()) {
                return mtu;
            }
        }
        // vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py verify() (1.4.0 the same)
        Optional<ConfigNode> onDemand = node(p, "connect-on-demand");
        Optional<ConfigNode> vrf = node(p, "vrf");
        if (onDemand.isPresent() && vrf.isPresent()) {
            return Optional.of(new Refusal(Math.max(onDemand.get().line(), vrf.get().line()),
                    "On-demand dialing and VRF can not be used at the same time"));
        }
        return Optional.empty();
    }

    private static int defaultOf(CommandTree commands, String keywords) {
        return commands.node(keywords).flatMap(CommandNode::defaultValue).map(Integer::parseInt).orElseThrow();
    }
}
