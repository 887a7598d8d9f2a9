package dev.vyoslab.config;

import java.util.List;

/**
 * Derives the {@link Intent} from a tree. Everything it does not read is reported in
 * {@link Intent#unmodelled()}, except management settings that do not change what the
 * lab must build (host name, logins, console, syslog, NTP, SSH, NIC tuning).
 */
final class IntentBuilder {

    private static final List<List<String>> MANAGEMENT = List.of(
            List.of("system", "host-name"), List.of("system", "domain-name"), List.of("system", "login"),
            List.of("system", "console"), List.of("system", "config-management"), List.of("system", "syslog"),
            List.of("system", "time-zone"), List.of("system", "ntp"), List.of("service", "ssh"),
            List.of("interfaces", "ethernet", "*", "hw-id"), List.of("interfaces", "ethernet", "*", "duplex"),
            List.of("interfaces", "ethernet", "*", "speed"), List.of("interfaces", "ethernet", "*", "offload"),
            List.of("interfaces", "ethernet", "*", "description"), List.of("interfaces", "loopback", "lo"),
            List.of("interfaces", "pppoe", "*", "description"), List.of("interfaces", "tunnel", "*", "description"),
            List.of("firewall", "name", "*", "description"), List.of("firewall", "ipv6-name", "*", "description"),
            List.of("firewall", "ipv4", "name", "*", "description"), List.of("firewall", "ipv6", "name", "*", "description"),
            List.of("policy", "route", "*", "rule", "*", "description"),
            List.of("firewall", "name", "*", "rule", "*", "description"));

    private IntentBuilder() {
    }

    /** The intent of {@code tree}, with the defaults VyOS {@code version} fills in. */
    static Intent build(ConfigTree tree, VyosVersion version) {
        TreeReader r = new TreeReader(tree);
        VyosDefaults defaults = VyosDefaults.of(version);
        InterfaceReader ifs = new InterfaceReader(r, defaults).read();
        RuleReader rules = new RuleReader(r, version);
        ServiceReader services = new ServiceReader(r, defaults);
        List<Intent.NatRule> snat = rules.nat("source");
        List<Intent.NatRule> dnat = rules.nat("destination");
        List<Intent.PolicyRoute> policies = rules.policyRoutes(ifs.policyAttachments);
        List<Intent.Firewall> firewalls;
        List<Intent.FirewallAttachment> attachments;
        if (version == VyosVersion.V1_3) {
            firewalls = rules.firewalls();
            attachments = ifs.firewallAttachments;
        } else {
            NftFirewallReader nft = new NftFirewallReader(r, rules, defaults);
            firewalls = nft.firewalls();
            attachments = nft.attachments();
        }
        List<Intent.DhcpPool> pools = services.dhcpPools();
        List<Intent.StaticRoute> routes = services.staticRoutes();
        List<Intent.DynamicDns> ddns = services.dynamicDns();
        return new Intent(ifs.wan, ifs.tunnels, ifs.pppoe, ifs.lans, pools, snat, dnat, policies, routes, firewalls,
                attachments, ddns, services.ssh(), r.unmodelled(MANAGEMENT));
    }

    /** Interface names configured in {@code tree} (vifs as eth0.10), for reference checks. */
    static java.util.Set<String> interfaceNames(ConfigTree tree, VyosVersion version) {
        return new InterfaceReader(new TreeReader(tree), VyosDefaults.of(version)).read().names;
    }
}
