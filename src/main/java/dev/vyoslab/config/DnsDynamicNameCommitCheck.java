package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import dev.vyoslab.config.CommitChecks.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commit checks of 1.4's and rolling's {@code service dns dynamic name}: vyos-1x@1.4.0
 * src/conf_mode/service_dns_dynamic.py verify(), in its order (the same at current 3710c587). Left out: whether the
 * address interface exists on the router. The protocol lists are the script's own.
 */
final class DnsDynamicNameCommitCheck {

    // vyos-1x@1.4.0 src/conf_mode/service_dns_dynamic.py zone_necessary, zone_supported, username_unnecessary,
    // ttl_supported, dualstack_supported, dyndns_dualstack_servers
    private static final Set<String> ZONE_NECESSARY = Set.of("cloudflare", "digitalocean", "godaddy", "hetzner",
            "gandi", "nfsn", "nsupdate");
    private static final Set<String> ZONE_SUPPORTED = union(ZONE_NECESSARY, Set.of("dnsexit2", "zoneedit1"));
    private static final Set<String> USERNAME_UNNECESSARY = Set.of("1984", "cloudflare", "cloudns", "digitalocean",
            "dnsexit2", "duckdns", "freemyip", "hetzner", "keysystems", "njalla", "nsupdate", "regfishde");
    private static final Set<String> TTL_SUPPORTED = Set.of("cloudflare", "dnsexit2", "gandi", "hetzner", "godaddy",
            "nfsn", "nsupdate");
    private static final Set<String> DUALSTACK_SUPPORTED = Set.of("cloudflare", "digitalocean", "dnsexit2", "duckdns",
            "dyndns2", "easydns", "freedns", "hetzner", "infomaniak", "njalla");
    private static final Set<String> DYNDNS_DUALSTACK_SERVERS = Set.of("members.dyndns.org", "dynv6.com");

    private DnsDynamicNameCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        for (ConfigNode n : children(tree, List.of("service", "dns", "dynamic", "name"))) {
            error(n).ifPresent(e -> CommitChecks.refuse(diag, version, e.line(), "service dns dynamic", e.message()));
        }
    }

    static Optional<Refusal> error(ConfigNode n) {
        String required = "is required for Dynamic DNS service \"" + n.name() + "\"";
        String unsupported = "is not supported for Dynamic DNS service \"" + n.name() + "\"";
        for (String field : List.of("protocol", "address", "host-name")) {
            if (n.child(field).isEmpty()) {
                return at(n.line(), "\"" + field + "\" " + required);
            }
        }
        String protocol = value(n, "protocol").orElseThrow();
        String with = " with protocol \"" + protocol + "\"";
        boolean iface = node(n, "address", "interface").isPresent();
        boolean web = node(n, "address", "web").isPresent();
        if (!iface && !web) {
            return at(lineOf(n, "address"), "Either \"interface\" or \"web\" " + required + with);
        }
        if (iface && web) {
            return at(lineOf(n, "address"), "Both \"interface\" and \"web\" at the same time " + unsupported + with);
        }
        if (web && node(n, "address", "web", "skip").isPresent() && node(n, "address", "web", "url").isEmpty()) {
            return at(lineOf(n, "address"), "\"url\" along with \"skip\" " + required + with);
        }
        // RFC2136 uses 'key' instead of 'password'
        if (!protocol.equals("nsupdate") && n.child("password").isEmpty()) {
            return at(n.line(), "\"password\" " + required);
        }
        if (protocol.equals("nsupdate")) {
            if (n.child("password").isPresent()) {
                return at(lineOf(n, "password"), "\"password\" " + unsupported + with);
            }
            for (String field : List.of("server", "key")) {
                if (n.child(field).isEmpty()) {
                    return at(n.line(), "\"" + field + "\" " + required + with);
                }
            }
        }
        if (ZONE_NECESSARY.contains(protocol) && n.child("zone").isEmpty()) {
            return at(n.line(), "\"zone\" " + required + with);
        }
        if (!ZONE_SUPPORTED.contains(protocol) && n.child("zone").isPresent()) {
            return at(lineOf(n, "zone"), "\"zone\" " + unsupported + with);
        }
        if (!USERNAME_UNNECESSARY.contains(protocol) && n.child("username").isEmpty()) {
            return at(n.line(), "\"username\" " + required + with);
        }
        if (!TTL_SUPPORTED.contains(protocol) && n.child("ttl").isPresent()) {
            return at(lineOf(n, "ttl"), "\"ttl\" " + unsupported + with);
        }
        if (value(n, "ip-version").filter("both"::equals).isPresent()) {
            if (!DUALSTACK_SUPPORTED.contains(protocol)) {
                return at(lineOf(n, "ip-version"), "Both IPv4 and IPv6 at the same time " + unsupported + with);
            }
            Optional<String> server = value(n, "server");
            if (protocol.equals("dyndns2") && server.isPresent() && !DYNDNS_DUALSTACK_SERVERS.contains(server.get())) {
                return at(lineOf(n, "ip-version"), "Both IPv4 and IPv6 at the same time " + unsupported + " for \""
                        + server.get() + "\"" + with);
            }
        }
        Optional<String> wait = value(n, "wait-time");
        Optional<String> expiry = value(n, "expiry-time");
        if (wait.isPresent() && expiry.isPresent() && Integer.parseInt(expiry.get()) < Integer.parseInt(wait.get())) {
            return at(lineOf(n, "expiry-time"), "\"expiry-time\" must be greater than \"wait-time\" for Dynamic DNS"
                    + " service \"" + n.name() + "\"");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> at(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
