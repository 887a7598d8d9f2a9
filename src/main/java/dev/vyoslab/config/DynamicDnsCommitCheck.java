package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.lineOf;
import static dev.vyoslab.config.CommitChecks.node;

import java.util.List;
import java.util.Optional;

/**
 * The commit checks of {@code service dns dynamic} on 1.3: vyos-1x@1.3.4 {@code src/conf_mode/dynamic_dns.py verify()},
 * run on the config after {@code get_config()} mapped known service names to their protocol. Whether an rfc2136 key
 * file exists is the router's business and not checked. 1.4's service_dns_dynamic.py (other syntax) is not ported yet.
 */
final class DynamicDnsCommitCheck {

    record Refusal(int line, String message) {
    }

    private DynamicDnsCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        if (version != VyosVersion.V1_3) {
            return;
        }
        VyosDefaults defaults = VyosDefaults.of(version);
        for (ConfigNode iface : children(tree, List.of("service", "dns", "dynamic", "interface"))) {
            // the first error ends the commit, as verify() raises it
            Optional<Refusal> e = error(iface, defaults);
            if (e.isPresent()) {
                CommitChecks.refuse(diag, version, e.get().line(), "service dns dynamic interface " + iface.name(),
                        e.get().message());
                return;
            }
        }
    }

    static Optional<Refusal> error(ConfigNode iface, VyosDefaults defaults) {
        String name = iface.name();
        // vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py verify(): rfc2136 needs all four
        for (ConfigNode rfc : node(iface, "rfc2136").map(ConfigNode::children).orElse(List.of())) {
            for (String key : List.of("record", "zone", "server", "key")) {
                if (node(rfc, key).isEmpty()) {
                    return refusal(rfc.line(), "\"" + key + "\" required for rfc2136 based DynDNS service on \"" + name
                            + "\"");
                }
            }
        }
        for (ConfigNode service : node(iface, "service").map(ConfigNode::children).orElse(List.of())) {
            String tail = " required for DynDNS service \"" + service.name() + "\" on \"" + name + "\"";
            if (node(service, "host-name").isEmpty()) {
                return refusal(service.line(), "\"host-name\"" + tail);
            }
            if (node(service, "login").isEmpty()) {
                return refusal(service.line(), "\"login\" (username)" + tail);
            }
            if (node(service, "password").isEmpty()) {
                return refusal(service.line(), "\"password\"" + tail);
            }
            Optional<String> protocol = defaults.ddnsProtocol(service.name(), CommitChecks.value(service, "protocol"));
            // verify() reads 'protocol' after get_config() overwrote it: 'dyndns protocol cloudflare' is dyndns2
            if (node(service, "zone").isPresent() && !service.name().equals("cloudflare")
                    && !protocol.filter("cloudflare"::equals).isPresent()) {
                return refusal(lineOf(service, "zone"), "\"zone\" option only supported with CloudFlare");
            }
            // a name outside the map is 'custom': it must say its protocol and server
            boolean custom = defaults.ddnsProtocol(service.name(), Optional.empty()).isEmpty();
            if (custom && protocol.isEmpty()) {
                return refusal(service.line(), "\"protocol\"" + tail);
            }
            if (custom && node(service, "server").isEmpty()) {
                return refusal(service.line(), "\"server\"" + tail);
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refusal(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }
}
