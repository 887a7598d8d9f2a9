package dev.vyoslab.config;

import java.util.List;
import java.util.Optional;

/** The commit checks of {@code interfaces pppoe}: what VyOS's {@code verify()} refuses when the config is committed. */
final class PppoeCommitCheck {

    private PppoeCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        CommandTree commands = CommandTree.of(version.treeRelease());
        Optional<ConfigNode> pppoe = tree.node(List.of("interfaces", "pppoe"));
        for (ConfigNode p : pppoe.map(ConfigNode::children).orElse(List.of())) {
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
                CommitChecks.refuse(diag, version, line, "interfaces pppoe " + p.name(),
                        "PPPoE MRU needs to be lower then MTU!", " (mru " + mru
                        + (mruNode.isEmpty() ? ", its default," : "") + " > mtu " + mtu
                        + (mruNode.isEmpty() ? "; set 'mru " + mtu + "' as well" : "") + ")");
            }
        }
    }

    private static int defaultOf(CommandTree commands, String keywords) {
        return commands.node(keywords).flatMap(CommandNode::defaultValue).map(Integer::parseInt).orElseThrow();
    }
}
