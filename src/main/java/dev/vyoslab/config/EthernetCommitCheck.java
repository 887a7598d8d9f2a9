package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecks.children;
import static dev.vyoslab.config.CommitChecks.node;
import static dev.vyoslab.config.CommitChecks.value;

import dev.vyoslab.config.CommitChecks.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * VyOS 1.3's commit checks of {@code interfaces ethernet}: vyos-1x@1.3.4 {@code src/conf_mode/interfaces-ethernet.py
 * verify()} with {@code python/vyos/configverify.py}, in their order; what asks the NIC or the running system
 * (existence, MTU limits, ethtool capabilities) is left out.
 */
final class EthernetCommitCheck {

    private EthernetCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        if (version != VyosVersion.V1_3) {
            return; // 1.4.0's interfaces_ethernet.py is not ported
        }
        for (ConfigNode e : children(tree, List.of("interfaces", "ethernet"))) {
            error(e, version).ifPresent(r -> CommitChecks.refuse(diag, version, r.line(), "interfaces ethernet " + e.name(),
                    r.message()));
        }
    }

    static Optional<Refusal> error(ConfigNode e, VyosVersion version) {
        Optional<Refusal> mtu = CommitChecks.mtuIpv6(e, version, "interfaces ethernet mtu");
        if (mtu.isPresent()) {
            return mtu;
        }
        Optional<Refusal> dhcpv6 = dhcpv6(e);
        if (dhcpv6.isPresent()) {
            return dhcpv6;
        }
        // interfaces-ethernet.py verify(): speed and duplex default to auto (interfaces-ethernet.xml.in)
        boolean speedAuto = value(e, "speed").orElse("auto").equals("auto");
        boolean duplexAuto = value(e, "duplex").orElse("auto").equals("auto");
        if (speedAuto != duplexAuto) {
            return at(Math.max(CommitChecks.lineOf(e, "speed"), CommitChecks.lineOf(e, "duplex")),
                    "Speed/Duplex missmatch. Must be both auto or manually configured");
        }
        return vlans(e);
    }

    /** configverify.py verify_vlan_config(). */
    private static Optional<Refusal> vlans(ConfigNode e) {
        List<ConfigNode> vifs = node(e, "vif").map(ConfigNode::children).orElse(List.of());
        List<ConfigNode> vifSs = node(e, "vif-s").map(ConfigNode::children).orElse(List.of());
        for (ConfigNode s : vifSs) {
            if (vifs.stream().anyMatch(v -> v.name().equals(s.name()))) {
                return at(s.line(), "Duplicate VLAN id \"" + s.name() + "\" used for vif and vif-s interfaces!");
            }
        }
        // the ethernet's MTU is always there (default 1500); a VLAN's is compared only where it is set
        int parentMtu = Integer.parseInt(value(e, "mtu").orElse("1500"));
        for (ConfigNode v : vifs) {
            Optional<Refusal> r = dhcpv6(v).or(() -> mtuParent(v, parentMtu));
            if (r.isPresent()) {
                return r;
            }
        }
        for (ConfigNode s : vifSs) {
            Optional<Refusal> r = dhcpv6(s).or(() -> mtuParent(s, parentMtu));
            if (r.isPresent()) {
                return r;
            }
            for (ConfigNode c : node(s, "vif-c").map(ConfigNode::children).orElse(List.of())) {
                r = dhcpv6(c).or(() -> mtuParent(c, parentMtu))
                        .or(() -> value(s, "mtu").flatMap(m -> mtuParent(c, Integer.parseInt(m))));
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    /** configverify.py verify_mtu_parent(). */
    private static Optional<Refusal> mtuParent(ConfigNode vlan, int parentMtu) {
        return value(vlan, "mtu").map(Integer::parseInt).filter(m -> m > parentMtu).map(m -> new Refusal(
                CommitChecks.lineOf(vlan, "mtu"), "Interface MTU (" + m + ") too high, parent interface MTU is "
                        + parentMtu + "!"));
    }

    /** configverify.py verify_dhcpv6(): parameters-only and temporary exclude each other (its first check). */
    private static Optional<Refusal> dhcpv6(ConfigNode i) {
        Optional<ConfigNode> only = node(i, "dhcpv6-options", "parameters-only");
        Optional<ConfigNode> temporary = node(i, "dhcpv6-options", "temporary");
        if (only.isPresent() && temporary.isPresent()) {
            return at(Math.max(only.get().line(), temporary.get().line()),
                    "DHCPv6 temporary and parameters-only options are mutually exclusive!");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> at(int line, String message) {
        return Optional.of(new Refusal(line, message));
    }
}
