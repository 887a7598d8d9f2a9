package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the firewall of 1.4 and rolling ({@code firewall ipv4|ipv6 …}): named rulesets, and the jumps to them from the
 * forward and input filters, as attachments in their rule order (the order nftables evaluates them in). A base-chain
 * rule that is anything but an interface match and a jump, and a base chain that drops by default, are left
 * unread, so the intent names them as unmodelled instead of guessing.
 */
final class NftFirewallReader {

    /** vyos-1x@1.4.0 interface-definitions/include/firewall/action.xml.i: the actions the intent represents. */
    private static final Map<String, Intent.Action> ACTIONS = Map.of("accept", Intent.Action.ACCEPT,
            "return", Intent.Action.RETURN, "drop", Intent.Action.DROP, "reject", Intent.Action.REJECT);

    private final TreeReader r;
    private final RuleReader rules;
    private final VyosDefaults defaults;

    NftFirewallReader(TreeReader r, RuleReader rules, VyosDefaults defaults) {
        this.r = r;
        this.rules = rules;
        this.defaults = defaults;
    }

    List<Intent.Firewall> firewalls() {
        List<Intent.Firewall> out = new ArrayList<>();
        for (Intent.Family family : Intent.Family.values()) {
            String f = family(family);
            for (ConfigNode set : r.tags(r.root(), "firewall", f, "name")) {
                List<Intent.FirewallRule> read = new ArrayList<>();
                for (ConfigNode rule : RuleReader.numbered(r.tags(set, "rule"))) {
                    List<String> at = List.of("firewall", f, "name", set.name(), "rule", rule.name());
                    Optional<Intent.Action> action = action(rule, "action", Optional.empty());
                    if (action.isEmpty()) {
                        continue;
                    }
                    read.add(new Intent.FirewallRule(Integer.parseInt(rule.name()), r.value(rule, "description"),
                            action.get(), states(rule), r.value(rule, "protocol"), rules.match(rule, "source", at),
                            rules.match(rule, "destination", at), rules.tcpFlags(rule), rule.line()));
                }
                // vyos-1x@1.4.0 interface-definitions/include/firewall/default-action.xml.i: drop when unset
                Optional<Intent.Action> action = action(set, "default-action",
                        defaults.value("firewall " + f + " name default-action"));
                if (action.isEmpty()) {
                    continue;
                }
                out.add(new Intent.Firewall(set.name(), family, r.value(set, "description"), action.get(), read,
                        set.line()));
            }
        }
        return out;
    }

    /**
     * The jumps of the forward and input filters, in rule order: vyos-1x@1.4.0 src/migration-scripts/firewall/10-to-11
     * turns 1.3's in and out attachments into forward-filter jumps and local into input-filter ones.
     */
    List<Intent.FirewallAttachment> attachments() {
        List<Intent.FirewallAttachment> out = new ArrayList<>();
        for (Intent.Family family : Intent.Family.values()) {
            for (String hook : List.of("forward", "input")) {
                r.node(r.root(), "firewall", family(family), hook, "filter").ifPresent(chain -> {
                    // a drop here would be a policy of its own: only accept (what the migration writes) is read
                    r.node(chain, "default-action").filter(n -> n.children().stream()
                            .allMatch(v -> v.name().equals("accept"))).ifPresent(r::consumeAll);
                    List<ConfigNode> numbered = new ArrayList<>(RuleReader.numbered(r.tags(chain, "rule")));
                    numbered.sort(Comparator.comparingInt(n -> Integer.parseInt(n.name())));
                    for (ConfigNode rule : numbered) {
                        jump(family, hook, rule).ifPresent(out::add);
                    }
                });
            }
        }
        return out;
    }

    /** A rule {@code inbound-interface name X} (or outbound) {@code action jump jump-target R}, else nothing read. */
    private Optional<Intent.FirewallAttachment> jump(Intent.Family family, String hook, ConfigNode rule) {
        Set<String> words = new HashSet<>();
        rule.children().forEach(c -> words.add(c.name()));
        words.removeAll(Set.of("description", "action", "jump-target", "inbound-interface", "outbound-interface"));
        Optional<ConfigNode> in = r.node(rule, "inbound-interface");
        Optional<ConfigNode> out = r.node(rule, "outbound-interface");
        if (!words.isEmpty() || in.isPresent() == out.isPresent()) {
            return Optional.empty();
        }
        ConfigNode match = in.orElseGet(out::get);
        Optional<Intent.Direction> direction = direction(hook, in.isPresent());
        boolean byName = match.children().size() == 1
                && match.child("name").filter(n -> n.children().size() == 1).isPresent();
        boolean jump = r.node(rule, "action", "jump").isPresent() && r.node(rule, "jump-target").isPresent();
        if (!byName || !jump || direction.isEmpty()) {
            return Optional.empty();
        }
        r.value(rule, "description");
        r.value(rule, "action");
        return Optional.of(new Intent.FirewallAttachment(r.value(match, "name").orElseThrow(), direction.get(),
                family, r.value(rule, "jump-target").orElseThrow(), rule.line()));
    }

    /** In the forward filter an inbound match is 1.3's in, an outbound one its out; in the input filter, local. */
    private static Optional<Intent.Direction> direction(String hook, boolean inbound) {
        if (hook.equals("forward")) {
            return Optional.of(inbound ? Intent.Direction.IN : Intent.Direction.OUT);
        }
        return inbound ? Optional.of(Intent.Direction.LOCAL) : Optional.empty();
    }

    /**
     * The action of a rule or a ruleset's default, read only when the intent represents it; else it stays unread and
     * the intent names it (jump, continue, queue, offload, synproxy).
     */
    private Optional<Intent.Action> action(ConfigNode at, String leaf, Optional<String> unset) {
        Optional<String> a = r.node(at, leaf).flatMap(n -> n.children().stream().findFirst()).map(ConfigNode::name)
                .or(() -> unset);
        Optional<Intent.Action> known = a.map(ACTIONS::get);
        if (known.isPresent()) {
            r.value(at, leaf);
        }
        return known;
    }

    /** vyos-1x@1.4.0 interface-definitions/include/firewall/state.xml.i: {@code state established}, a multi leaf. */
    private Set<Intent.State> states(ConfigNode rule) {
        Set<Intent.State> states = EnumSet.noneOf(Intent.State.class);
        for (String s : r.values(rule, "state")) {
            InterfaceReader.enumValue(Intent.State.class, s).ifPresent(states::add);
        }
        return states;
    }

    /**
     * The set and not-set flags under a {@code tcp flags} node: {@code syn}, {@code not ack} (vyos-1x@1.4.0
     * interface-definitions/include/firewall/tcp-flags.xml.i; firewall and policy route share the syntax).
     */
    static Intent.TcpFlags flags(TreeReader r, ConfigNode flags) {
        Set<String> set = new HashSet<>();
        Set<String> unset = new HashSet<>();
        for (ConfigNode f : flags.children()) {
            if (f.name().equals("not")) {
                f.children().forEach(n -> unset.add(n.name().toUpperCase(Locale.ROOT)));
            } else {
                set.add(f.name().toUpperCase(Locale.ROOT));
            }
        }
        r.consumeAll(flags);
        return new Intent.TcpFlags(set, unset);
    }

    private static String family(Intent.Family family) {
        return family == Intent.Family.IPV4 ? "ipv4" : "ipv6";
    }
}
