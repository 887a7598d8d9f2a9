package dev.vyoslab.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads {@code interfaces …}: the WAN port, LANs, tunnels, PPPoE sessions, firewall and policy attachments. */
final class InterfaceReader {

    /** Interface types whose addresses can be a LAN. */
    private static final List<String> LAN_TYPES = List.of("ethernet", "bridge", "bonding");

    private final TreeReader r;
    private final VyosDefaults defaults;
    final List<Intent.Tunnel> tunnels = new ArrayList<>();
    final List<Intent.Pppoe> pppoe = new ArrayList<>();
    final List<Intent.Lan> lans = new ArrayList<>();
    final List<Intent.FirewallAttachment> firewallAttachments = new ArrayList<>();
    /** policy route name -> interfaces it is attached to. */
    final Map<String, List<String>> policyAttachments = new LinkedHashMap<>();
    /** policy route name -> line of its first attachment. */
    final Map<String, Integer> policyLines = new LinkedHashMap<>();
    /** Every configured interface name, vifs as eth0.10. */
    final Set<String> names = new LinkedHashSet<>();
    Optional<Intent.Wan> wan = Optional.empty();

    InterfaceReader(TreeReader r, VyosDefaults defaults) {
        this.r = r;
        this.defaults = defaults;
    }

    InterfaceReader read() {
        ConfigNode root = r.root();
        for (ConfigNode type : r.tags(root, "interfaces")) {
            for (ConfigNode iface : type.children()) {
                names.add(iface.name());
                attachments(iface.name(), iface);
                for (ConfigNode vif : r.tags(iface, "vif")) {
                    names.add(iface.name() + "." + vif.name());
                    attachments(iface.name() + "." + vif.name(), vif);
                }
            }
        }
        r.tags(root, "interfaces", "pppoe").forEach(this::pppoe);
        r.tags(root, "interfaces", "tunnel").forEach(this::tunnel);
        Set<String> pppoeSources = new LinkedHashSet<>();
        pppoe.forEach(p -> p.sourceInterface().ifPresent(pppoeSources::add));
        for (ConfigNode eth : r.tags(root, "interfaces", "ethernet")) {
            Optional<Intent.Wan> w = wan(eth, pppoeSources.contains(eth.name()));
            if (w.isPresent() && wan.isEmpty()) {
                wan = w;
            }
        }
        String wanName = wan.map(Intent.Wan::interfaceName).orElse("");
        for (String type : LAN_TYPES) {
            for (ConfigNode iface : r.tags(root, "interfaces", type)) {
                if (!iface.name().equals(wanName)) {
                    lans(iface.name(), iface);
                }
                for (ConfigNode vif : r.tags(iface, "vif")) {
                    lans(iface.name() + "." + vif.name(), vif);
                }
            }
        }
        return this;
    }

    /** The uplink: a DHCP/SLAAC client port, or the port PPPoE runs over. */
    private Optional<Intent.Wan> wan(ConfigNode eth, boolean pppoeSource) {
        List<String> addresses = r.node(eth, "address").map(n -> n.children().stream().map(ConfigNode::name).toList())
                .orElse(List.of());
        boolean dhcp = addresses.contains("dhcp");
        boolean dhcpv6 = addresses.contains("dhcpv6");
        boolean autoconf = r.node(eth, "ipv6", "address", "autoconf").isPresent();
        if (!dhcp && !dhcpv6 && !autoconf && !pppoeSource) {
            return Optional.empty();
        }
        Set<Intent.Ipv6Mode> modes = EnumSet.noneOf(Intent.Ipv6Mode.class);
        if (r.flag(eth, "ipv6", "address", "autoconf")) {
            modes.add(Intent.Ipv6Mode.SLAAC);
        }
        boolean parametersOnly = r.flag(eth, "dhcpv6-options", "parameters-only");
        if (dhcpv6) {
            modes.add(parametersOnly ? Intent.Ipv6Mode.DHCPV6_STATELESS : Intent.Ipv6Mode.DHCPV6_ADDRESS);
        }
        if (r.node(eth, "dhcpv6-options", "pd").isPresent()) {
            modes.add(Intent.Ipv6Mode.DHCPV6_PD);
        }
        boolean forwarding = !r.flag(eth, "ipv6", "disable-forwarding");
        List<Prefix> statics = new ArrayList<>();
        for (ConfigNode a : r.tags(eth, "address")) {
            r.consumeAll(a);
            Prefix.parse(a.name()).ifPresent(statics::add);
        }
        return Optional.of(new Intent.Wan(eth.name(), modes, dhcp, forwarding, statics, eth.line()));
    }

    private void lans(String name, ConfigNode iface) {
        for (ConfigNode a : r.tags(iface, "address")) {
            Optional<Prefix> p = Prefix.parse(a.name());
            if (p.isPresent()) {
                r.consumeAll(a);
                lans.add(new Intent.Lan(name, p.get().address(), p.get().network(), a.line()));
            }
        }
    }

    private void tunnel(ConfigNode t) {
        Optional<InetAddress> remote = r.value(t, "remote").flatMap(Addresses::parse);
        Optional<InetAddress> source = r.value(t, "source-address").flatMap(Addresses::parse);
        List<Prefix> addresses = new ArrayList<>();
        for (String a : r.values(t, "address")) {
            Prefix.parse(a).ifPresent(addresses::add);
        }
        r.flag(t, "multicast");
        // vyos-1x@1.4.0 src/migration-scripts/interfaces/28-to-29: 'multicast enable' became 'enable-multicast'
        r.flag(t, "enable-multicast");
        // vyos-1x@1.3.4 python/vyos/configdict.py get_interface_dict(): the tree's defaults are merged into the config
        int mtu = number(r.value(t, "mtu")).orElse(defaults.tunnelMtu());
        tunnels.add(new Intent.Tunnel(t.name(), r.value(t, "encapsulation").orElse("gre"), remote, source, mtu,
                ipv6Parameters(t), addresses, t.line()));
    }

    /** vyos-1x@1.3.4 python/vyos/ifconfig/tunnel.py mapping_ipv6: what ip6tnl gets, configured or defaulted. */
    private Intent.Ipv6TunnelParameters ipv6Parameters(ConfigNode t) {
        return new Intent.Ipv6TunnelParameters(parameter(t, "encaplimit"), parameter(t, "hoplimit"),
                parameter(t, "tclass"), parameter(t, "flowlabel"));
    }

    private Optional<String> parameter(ConfigNode t, String name) {
        return r.value(t, "parameters", "ipv6", name)
                .or(() -> defaults.value("interfaces tunnel parameters ipv6 " + name));
    }

    private void pppoe(ConfigNode p) {
        Optional<String> mode = r.value(p, "default-route");
        boolean noDefault = r.flag(p, "no-default-route");
        Intent.DefaultRoute route = defaults.pppoeDefaultRoute(mode, noDefault);
        int mtu = number(r.value(p, "mtu")).orElse(defaults.pppoeMtu());
        int mru = number(r.value(p, "mru")).orElse(defaults.pppoeMru(mtu));
        // vyos-1x@1.4.0 src/migration-scripts/interfaces/27-to-28: 'user' became 'username'
        String user = defaults.version() == VyosVersion.V1_3 ? "user" : "username";
        pppoe.add(new Intent.Pppoe(p.name(), r.value(p, "source-interface"), r.value(p, "authentication", user),
                r.value(p, "authentication", "password"), mtu, mru, route, mode.isPresent() || noDefault, p.line()));
    }

    private void attachments(String name, ConfigNode iface) {
        for (Intent.Direction d : Intent.Direction.values()) {
            String dir = d.name().toLowerCase(java.util.Locale.ROOT);
            for (Intent.Family f : Intent.Family.values()) {
                String leaf = f == Intent.Family.IPV4 ? "name" : "ipv6-name";
                r.value(iface, "firewall", dir, leaf).ifPresent(set -> firewallAttachments.add(
                        new Intent.FirewallAttachment(name, d, f, set, r.line(iface, "firewall", dir, leaf))));
            }
        }
        r.value(iface, "policy", "route").ifPresent(p -> {
            policyAttachments.computeIfAbsent(p, k -> new ArrayList<>()).add(name);
            policyLines.putIfAbsent(p, r.line(iface, "policy", "route"));
        });
    }

    /** The enum constant named like a VyOS value ({@code accept} -> ACCEPT), if any. */
    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static OptionalInt number(Optional<String> v) {
        return v.filter(s -> !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit))
                .map(s -> OptionalInt.of(Integer.parseInt(s))).orElse(OptionalInt.empty());
    }
}
