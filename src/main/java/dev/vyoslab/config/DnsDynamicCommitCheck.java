package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import dev.vyoslab.config.CommitChecks.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * VyOS 1.3's commit checks of {@code service dns dynamic}: vyos-1x@1.3.4 {@code src/conf_mode/dynamic_dns.py verify()},
 * in its order (whether an rfc2136 key file exists is the router's, and left out).
 */
final class DnsDynamicCommitCheck {

    private DnsDynamicCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        if (version != VyosVersion.V1_3) {
            return; // 1.4.0's dynamic_dns.py is not ported
        }
        for (ConfigNode i : children(tree, List.of("service", "dns", "dynamic", "interface"))) {
            error(i).ifPresent(e -> CommitChecks.refuse(diag, version, e.line(), "service dns dynamic", e.message()));
        }
    }

    static Optional<Refusal> error(ConfigNode i) {
        String name = i.name();
        for (ConfigNode r : node(i, "rfc2136").map(ConfigNode::children).orElse(List.of())) {
            for (String needed : List.of("record", "zone", "server", "key")) {
                if (r.child(needed).isEmpty()) {
                    return at(r.line(), "\"" + needed + "\" required for rfc2136 based DynDNS service on \"" + name + "\"");
                }
            }
        }
        for (ConfigNode s : node(i, "service").map(ConfigNode::children).orElse(List.of())) {
            String required = "required for DynDNS service \"" + s.name() + "\" on \"" + name + "\"";
            if (s.child("host-name").isEmpty()) {
                return at(s.line(), "\"host-name\" " + required);
            }
            if (s.child("login").isEmpty()) {
                return at(s.line(), "\"login\" (username) " + required);
            }
            if (s.child("password").isEmpty()) {
                return at(s.line(), "\"password\" " + required);
            }
            // smoketest/scripts/cli/test_service_dns_dynamic.py test_dyndns_service: zone only with cloudflare
            if (s.child("zone").isPresent() && !s.name().equals("cloudflare")
                    && !value(s, "protocol").filter("cloudflare"::equals).isPresent()) {
                return at(lineOf(s, "zone"), "\"zone\" option only supported with CloudFlare");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> at(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }
}
