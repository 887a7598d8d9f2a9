package dev.vyoslab.config;

import java.util.Map;
import java.util.Optional;

/**
 * What VyOS fills in where a config leaves a value unset, per release. Values come from the {@code defaultValue}s of
 * the generated command tree ({@link CommandTree}); the few defaults VyOS keeps in its scripts instead are here,
 * each citing the script.
 */
final class VyosDefaults {

    /**
     * vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py {@code default_service_protocol}: a service of one of these names
     * gets this ddclient protocol, whatever its own {@code protocol} says.
     */
    private static final Map<String, String> SERVICE_PROTOCOL_1_3 = Map.ofEntries(
            Map.entry("afraid", "freedns"), Map.entry("changeip", "changeip"), Map.entry("cloudflare", "cloudflare"),
            Map.entry("dnspark", "dnspark"), Map.entry("dslreports", "dslreports1"), Map.entry("dyndns", "dyndns2"),
            Map.entry("easydns", "easydns"), Map.entry("namecheap", "namecheap"), Map.entry("noip", "noip"),
            Map.entry("sitelutions", "sitelutions"), Map.entry("zoneedit", "zoneedit1"));

    private final VyosVersion version;
    private final CommandTree tree;

    private VyosDefaults(VyosVersion version, CommandTree tree) {
        this.version = version;
        this.tree = tree;
    }

    static VyosDefaults of(VyosVersion version) {
        return new VyosDefaults(version, CommandTree.of(version.treeRelease()));
    }

    VyosVersion version() {
        return version;
    }

    /** The tree's default of the node at {@code keywords} (tag values left out), if it has one. */
    Optional<String> value(String keywords) {
        return tree.node(keywords).flatMap(CommandNode::defaultValue);
    }

    private int number(String keywords) {
        return value(keywords).map(Integer::parseInt)
                .orElseThrow(() -> new IllegalStateException("VyOS " + tree.release() + " has no default for " + keywords));
    }

    int pppoeMtu() {
        return number("interfaces pppoe mtu");
    }

    /** The MRU of a session whose config sets none. */
    int pppoeMru(int mtu) {
        // vyos-1x@1.4.0 src/conf_mode/interfaces_pppoe.py get_config(): without 'mru' the MRU is the MTU;
        // vyos-1x@1.3.4 interface-definitions/interfaces-pppoe.xml.in gives mru its own defaultValue (1492)
        return value("interfaces pppoe mru").map(Integer::parseInt).orElse(mtu);
    }

    /** The default-route mode of a session: its {@code default-route}, else the tree's default. */
    Intent.DefaultRoute pppoeDefaultRoute(Optional<String> configured, boolean noDefaultRoute) {
        Optional<String> mode = configured.or(() -> value("interfaces pppoe default-route"));
        if (mode.isPresent()) {
            return InterfaceReader.enumValue(Intent.DefaultRoute.class, mode.get()).orElse(Intent.DefaultRoute.AUTO);
        }
        // vyos-1x@1.4.0 python/vyos/ifconfig/pppoe.py update(): without 'no-default-route' a default with distance
        // default-route-distance (210) goes to FRR, so the kernel uses it only while no better default exists
        return noDefaultRoute ? Intent.DefaultRoute.NONE : Intent.DefaultRoute.AUTO;
    }

    int tunnelMtu() {
        return number("interfaces tunnel mtu");
    }

    /** Default lease time of a DHCP subnet, in seconds. */
    int dhcpLeaseSeconds() {
        return number("service dhcp-server shared-network-name subnet lease");
    }

    /** The port sshd listens on when {@code service ssh} names none. */
    int sshPort() {
        return number("service ssh port");
    }

    /** The ddclient protocol of a 1.3 {@code service dns dynamic interface IF service NAME}. */
    Optional<String> ddnsProtocol(String service, Optional<String> configured) {
        if (version == VyosVersion.V1_3 && SERVICE_PROTOCOL_1_3.containsKey(service)) {
            // vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py get_config(): the map overrides a configured protocol
            return Optional.of(SERVICE_PROTOCOL_1_3.get(service));
        }
        return configured;
    }
}
