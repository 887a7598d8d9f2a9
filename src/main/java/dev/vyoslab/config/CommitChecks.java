package dev.vyoslab.config;

import java.util.List;
import java.util.Optional;

/**
 * The commit checks: what VyOS's {@code verify()} code and perl checks refuse when a config is committed, run on what
 * VyOS would have accepted line by line. One class per feature; each rule cites its VyOS source.
 */
final class CommitChecks {

    private CommitChecks() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        EthernetCommitCheck.run(tree, version, diag);
        PppoeCommitCheck.run(tree, version, diag);
        TunnelCommitCheck.run(tree, version, diag);
        if (version == VyosVersion.V1_3) {
            DnsDynamicCommitCheck.run(tree, version, diag);
            IptablesRuleCheck.run(tree, diag);
        } else {
            DnsDynamicNameCommitCheck.run(tree, version, diag);
            FirewallRuleCheck.run(tree, version, diag);
            PolicyRouteCheck.run(tree, version, diag);
            StaticRouteCommitCheck.run(tree, version, diag);
        }
        NatCommitCheck.run(tree, version, diag);
        DhcpServerCommitCheck.run(tree, version, diag);
    }

    /** A commit error: VyOS's message and the line it is pinned to. */
    record Refusal(int line, String message) {
    }

    /** Reports VyOS's refusal of {@code what} with VyOS's own message, pinned to {@code line}. */
    static void refuse(Diagnostics diag, VyosVersion version, int line, String what, String vyosMessage) {
        refuse(diag, version, line, what, vyosMessage, "");
    }

    /** The same, with vyos-lab's explanation after VyOS's message. */
    static void refuse(Diagnostics diag, VyosVersion version, int line, String what, String vyosMessage,
                       String explanation) {
        diag.error("commit-refused", line, 0, PREFIX + version.id() + REFUSES + what + ": \""
                + vyosMessage.replace("\n", " ") + "\"" + explanation, null);
    }

    private static final String PREFIX = "VyOS ";
    private static final String REFUSES = " refuses the commit of ";

    /** The configuration path a refusal made by {@link #refuse} is about ({@code interfaces tunnel tun0}). */
    static List<String> subject(Diagnostic refusal) {
        String m = refusal.message();
        int from = m.indexOf(REFUSES);
        int to = m.indexOf(": \"", from);
        return from < 0 || to < 0 ? List.of() : List.of(m.substring(from + REFUSES.length(), to).split(" "));
    }

    /** The children of the node at {@code path}: the tag values of a tag node. */
    static List<ConfigNode> children(ConfigTree tree, List<String> path) {
        return tree.node(path).map(ConfigNode::children).orElse(List.of());
    }

    /** The single value of leaf {@code word} below {@code n}. */
    static Optional<String> value(ConfigNode n, String... words) {
        return node(n, words).flatMap(c -> c.children().stream().findFirst()).map(ConfigNode::name);
    }

    /** The node below {@code n} at the path {@code words}. */
    static Optional<ConfigNode> node(ConfigNode n, String... words) {
        Optional<ConfigNode> c = Optional.of(n);
        for (String w : words) {
            c = c.flatMap(x -> x.child(w));
        }
        return c;
    }

    /** The line of the node at {@code words} below {@code n}, else {@code n}'s own. */
    static int lineOf(ConfigNode n, String... words) {
        return node(n, words).map(ConfigNode::line).orElse(n.line());
    }

    /**
     * vyos-1x@1.3.4 (1.4.0) python/vyos/configverify.py verify_mtu_ipv6(): below MTU 1280 an interface must not get
     * IPv6, and every interface gets a link-local address unless {@code ipv6 address no-default-link-local} (pppoe has
     * no such node, so a pppoe MTU below 1280 is always refused). {@code mtuPath} names the tree's default MTU.
     */
    static Optional<Refusal> mtuIpv6(ConfigNode iface, VyosVersion version, String mtuPath) {
        int mtu = Integer.parseInt(value(iface, "mtu").orElseGet(() -> CommandTree.of(version.treeRelease())
                .node(mtuPath).flatMap(CommandNode::defaultValue).orElseThrow()));
        if (mtu >= 1280) {
            return Optional.empty();
        }
        String message = "IPv6 address will be configured on interface \"" + iface.name()
                + "\",\nthe required minimum MTU is " + (version == VyosVersion.V1_3 ? "1280!" : "\"1280\"!");
        int line = lineOf(iface, "mtu");
        boolean ipv6Address = node(iface, "address").map(ConfigNode::children).orElse(List.of()).stream()
                .map(ConfigNode::name).anyMatch(a -> a.equals("dhcpv6") || a.contains(":"));
        if (ipv6Address) {
            return Optional.of(new Refusal(line, message));
        }
        if (node(iface, "ipv6", "address", "no-default-link-local").isEmpty()) {
            return Optional.of(new Refusal(line, "link-local " + message));
        }
        if (node(iface, "ipv6", "address", "autoconf").isPresent()
                || node(iface, "ipv6", "address", "eui64").isPresent()) {
            return Optional.of(new Refusal(line, message));
        }
        return Optional.empty();
    }
}
