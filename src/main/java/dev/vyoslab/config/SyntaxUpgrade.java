package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translates a 1.3 tree to the set syntax of 1.4 (sagitta) and rolling for the constructs the seed
 * uses; everything else passes unchanged and is then checked against the target's keyword tree.
 * What it cannot translate it lists instead of guessing.
 */
final class SyntaxUpgrade {

    /** The paths in target syntax, what could not be translated, and cautions about changed behaviour. */
    record Result(List<List<String>> paths, List<String> untranslated, List<String> notes) {
    }

    /** 1.3 global firewall leaves that 1.4 moved under {@code firewall global-options}. */
    private static final Set<String> GLOBAL_OPTIONS = Set.of("all-ping", "broadcast-ping", "ip-src-route",
            "ipv6-receive-redirects", "ipv6-src-route", "log-martians", "receive-redirects", "send-redirects",
            "source-validation", "syn-cookies", "twa-hazards-protection");
    /** DHCP options 1.4 moved under {@code option}. */
    private static final Set<String> DHCP_OPTIONS = Set.of("default-router", "name-server", "domain-name",
            "domain-search", "ntp-server", "time-server", "wins-server", "tftp-server-name", "bootfile-name",
            "bootfile-server", "smtp-server", "pop-server", "time-offset", "wpad-url", "client-prefix-length",
            "server-identifier", "ip-forwarding", "static-route", "vendor-option");

    private record Attachment(String iface, String direction, String family, String ruleset) {
    }

    private final List<List<String>> out = new ArrayList<>();
    private final List<String> untranslated = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<String, Integer> subnetIds = new LinkedHashMap<>();
    private final Set<String> ddnsAddressed = new LinkedHashSet<>();

    private final VyosVersion target;

    private SyntaxUpgrade(VyosVersion target) {
        this.target = target;
    }

    static Result to(VyosVersion version, ConfigTree tree) {
        SyntaxUpgrade u = new SyntaxUpgrade(version);
        for (List<String> p : tree.paths()) {
            u.path(p);
        }
        u.emitAttachments();
        u.validate(version);
        return new Result(u.out, u.untranslated, u.notes);
    }

    private void path(List<String> p) {
        String top = p.get(0);
        switch (top) {
            case "interfaces" -> interfaces(p);
            case "protocols" -> protocols(p);
            case "nat" -> nat(p);
            case "firewall" -> firewall(p);
            case "policy" -> policy(p);
            case "service" -> service(p);
            default -> out.add(p);
        }
    }

    private void interfaces(List<String> p) {
        int base = p.size() > 4 && p.get(3).equals("vif") ? 5 : 3;
        String iface = base == 5 ? p.get(2) + "." + p.get(4) : p.get(2);
        String key = p.size() > base ? p.get(base) : "";
        if (key.equals("firewall") && p.size() == base + 4) {
            attachments.add(new Attachment(iface, p.get(base + 1), p.get(base + 2).equals("name") ? "ipv4" : "ipv6",
                    p.get(base + 3)));
        } else if (key.equals("policy") && p.size() == base + 3) {
            out.add(List.of("policy", p.get(base + 1).equals("route") ? "route" : "route6", p.get(base + 2),
                    "interface", iface));
        } else if (p.get(1).equals("pppoe") && key.equals("authentication") && p.size() > 4 && p.get(4).equals("user")) {
            out.add(replace(p, 4, "username"));
        } else if (p.get(1).equals("pppoe") && key.equals("default-route")) {
            switch (p.get(4)) {
                case "auto" -> notes.add("interfaces pppoe " + p.get(2) + " default-route auto: dropped; 1.4 always"
                        + " installs the PPPoE default route with distance 210, so a lower-distance static default still wins");
                case "none" -> out.add(List.of("interfaces", "pppoe", p.get(2), "no-default-route"));
                default -> untranslated.add(String.join(" ", p) + ": 1.4 has no 'force' (it cannot replace an existing"
                        + " default route); set default-route-distance yourself");
            }
        } else if (p.get(1).equals("tunnel") && key.equals("multicast")) {
            if (p.get(4).equals("enable")) {
                out.add(List.of("interfaces", "tunnel", p.get(2), "enable-multicast"));
            }
        } else {
            out.add(p);
        }
    }

    private void protocols(List<String> p) {
        // protocols static [table T] interface-route[6] P next-hop-interface I ... -> route[6] P interface I ...
        int at = p.size() > 3 && p.get(2).equals("table") ? 4 : 2;
        if (p.size() > at + 2 && p.get(1).equals("static") && p.get(at).startsWith("interface-route")
                && p.get(at + 2).equals("next-hop-interface")) {
            List<String> q = new ArrayList<>(p);
            q.set(at, p.get(at).equals("interface-route") ? "route" : "route6");
            q.set(at + 2, "interface");
            out.add(q);
        } else {
            out.add(p);
        }
    }

    private void nat(List<String> p) {
        if (p.size() == 6 && (p.get(4).equals("inbound-interface") || p.get(4).equals("outbound-interface"))) {
            if (p.get(5).equals("any")) {
                untranslated.add(String.join(" ", p) + ": 1.4 matches interfaces by 'name' or 'group'; vyos-lab"
                        + " does not know how 1.4 spells 'any'");
            } else {
                List<String> q = new ArrayList<>(p.subList(0, 5));
                q.add("name");
                q.add(p.get(5));
                out.add(q);
            }
        } else {
            out.add(p);
        }
    }

    private void firewall(List<String> p) {
        String second = p.size() > 1 ? p.get(1) : "";
        if ((second.equals("name") || second.equals("ipv6-name")) && p.size() > 2) {
            List<String> head = List.of("firewall", second.equals("name") ? "ipv4" : "ipv6", "name", p.get(2));
            rule(head, p.subList(3, p.size()));
        } else if (GLOBAL_OPTIONS.contains(second)) {
            List<String> q = new ArrayList<>(List.of("firewall", "global-options"));
            q.addAll(p.subList(1, p.size()));
            out.add(q);
        } else if (second.equals("group")) {
            out.add(p);
        } else {
            untranslated.add(String.join(" ", p) + ": moved or removed in 1.4; translate it by hand");
        }
    }

    private void policy(List<String> p) {
        if (p.size() > 2 && (p.get(1).equals("route") || p.get(1).equals("ipv6-route"))) {
            rule(List.of("policy", p.get(1).equals("route") ? "route" : "route6", p.get(2)), p.subList(3, p.size()));
        } else {
            out.add(p);
        }
    }

    /** Rewrites what changed inside firewall and policy rules: state, tcp flags, log. */
    private void rule(List<String> head, List<String> rest) {
        List<String> base = new ArrayList<>(head);
        if (rest.size() >= 2 && rest.get(0).equals("rule")) {
            base.addAll(rest.subList(0, 2));
            List<String> tail = rest.subList(2, rest.size());
            if (tail.size() == 3 && tail.get(0).equals("state")) {
                if (tail.get(2).equals("enable")) {
                    out.add(concat(base, "state", tail.get(1)));
                }
                return;
            }
            if (tail.size() == 3 && tail.get(0).equals("tcp") && tail.get(1).equals("flags")) {
                for (String f : tail.get(2).split(",")) {
                    String flag = f.replace("!", "").toLowerCase(Locale.ROOT);
                    out.add(f.startsWith("!") ? concat(base, "tcp", "flags", "not", flag) : concat(base, "tcp", "flags", flag));
                }
                return;
            }
            if (tail.size() == 2 && tail.get(0).equals("log")) {
                if (tail.get(1).equals("enable")) {
                    out.add(concat(base, "log"));
                }
                return;
            }
            base.addAll(tail);
            out.add(base);
            return;
        }
        base.addAll(rest);
        out.add(base);
    }

    private void service(List<String> p) {
        if (p.size() > 4 && p.get(1).equals("dhcp-server") && p.get(2).equals("shared-network-name")) {
            dhcp(p);
        } else if (p.size() > 7 && p.get(1).equals("dns") && p.get(2).equals("dynamic") && p.get(3).equals("interface")
                && p.get(5).equals("service")) {
            String iface = p.get(4);
            String name = p.get(6);
            if (ddnsAddressed.add(name)) {
                out.add(List.of("service", "dns", "dynamic", "name", name, "address", "interface", iface));
            }
            String key = p.get(7).equals("login") ? "username" : p.get(7);
            List<String> q = new ArrayList<>(List.of("service", "dns", "dynamic", "name", name, key));
            q.addAll(p.subList(8, p.size()));
            out.add(q);
        } else if (p.size() > 3 && p.get(1).equals("dns") && p.get(2).equals("dynamic")) {
            untranslated.add(String.join(" ", p) + ": this dynamic-DNS form changed in 1.4; translate it by hand");
        } else {
            out.add(p);
        }
    }

    private void dhcp(List<String> p) {
        if (target == VyosVersion.V1_4) {
            // 1.4.0 still runs ISC dhcpd with 1.3's syntax (vyos-1x@1.4.0 interface-definitions/dhcp-server.xml.in);
            // Kea's 'option' and 'subnet-id' came with 1.5 (vyos-1x current service_dhcp-server.xml.in)
            out.add(p);
            return;
        }
        List<String> net = p.subList(0, 4);
        String key = p.get(4);
        if (DHCP_OPTIONS.contains(key)) {
            out.add(concat(net, "option", p.subList(4, p.size())));
        } else if (key.equals("subnet") && p.size() > 6) {
            List<String> subnet = p.subList(0, 6);
            String id = String.join(" ", subnet);
            if (!subnetIds.containsKey(id)) {
                subnetIds.put(id, subnetIds.size() + 1);
                // Kea (1.5/rolling) requires a unique subnet-id per subnet
                out.add(concat(subnet, "subnet-id", String.valueOf(subnetIds.get(id))));
            }
            String sub = p.get(6);
            if (DHCP_OPTIONS.contains(sub)) {
                out.add(concat(subnet, "option", p.subList(6, p.size())));
            } else if (sub.equals("static-mapping") && p.size() > 9 && p.get(8).equals("mac-address")) {
                out.add(replace(p, 8, "mac"));
            } else {
                out.add(p);
            }
        } else {
            out.add(p);
        }
    }

    /** 1.3 rulesets attached to interfaces become jumps from the 1.4 base chains. */
    private void emitAttachments() {
        Map<String, Integer> next = new LinkedHashMap<>();
        Set<String> in = new LinkedHashSet<>();
        Set<String> outs = new LinkedHashSet<>();
        for (Attachment a : attachments) {
            String chain = a.direction.equals("local") ? "input" : "forward";
            String key = a.family + " " + chain;
            int n = next.merge(key, 10, Integer::sum);
            List<String> rule = List.of("firewall", a.family, chain, "filter", "rule", String.valueOf(n));
            out.add(concat(rule, "action", "jump"));
            out.add(concat(rule, "jump-target", a.ruleset));
            out.add(concat(rule, a.direction.equals("out") ? "outbound-interface" : "inbound-interface", "name", a.iface));
            if (a.direction.equals("in")) {
                in.add(a.iface);
            } else if (a.direction.equals("out")) {
                outs.add(a.iface);
            }
        }
        for (String i : in) {
            for (String o : outs) {
                if (!i.equals(o)) {
                    notes.add("traffic from " + i + " to " + o + " passed both its 'in' and its 'out' ruleset in 1.3;"
                            + " in 1.4 the first jump whose ruleset accepts ends the forward chain");
                }
            }
        }
    }

    /** Anything not valid in the target's command tree is reported rather than emitted. */
    private void validate(VyosVersion target) {
        List<List<String>> valid = new ArrayList<>();
        for (List<String> p : out) {
            List<Word> words = p.stream().map(w -> new Word(w, 0, 0, false)).toList();
            Diagnostics one = new Diagnostics("upgrade");
            PathChecker.Checked c = new PathChecker(target, one, true, MigratedSyntax.NONE).check(new Command(0, 0, Command.Verb.SET, words));
            if (c.accepted() && c.path().equals(p)) {
                valid.add(p);
            } else {
                untranslated.add(String.join(" ", p) + ": not valid " + target.id() + " syntax as far as"
                        + " vyos-lab knows (" + one.list().stream().map(Diagnostic::message).findFirst().orElse("?") + ")");
            }
        }
        out.clear();
        out.addAll(valid);
    }

    private static List<String> replace(List<String> p, int index, String word) {
        List<String> q = new ArrayList<>(p);
        q.set(index, word);
        return q;
    }

    private static List<String> concat(List<String> head, String... more) {
        List<String> q = new ArrayList<>(head);
        q.addAll(List.of(more));
        return q;
    }

    private static List<String> concat(List<String> head, String word, List<String> more) {
        List<String> q = new ArrayList<>(head);
        q.add(word);
        q.addAll(more);
        return q;
    }
}
