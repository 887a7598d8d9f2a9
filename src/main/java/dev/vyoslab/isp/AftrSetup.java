package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * The AFTR guest's boot script: softwire end address on the WAN, Internet and public addresses, a flow-based ip6tnl
 * (a plain ip6tnl with {@code remote any} does not route return traffic; a flow-based one with an {@code encap ip6 dst}
 * route per B4 does), IPv4 forwarding and the NAT44 ruleset.
 */
record AftrSetup(InetAddress tunnelAddress, Prefix internetAddress, InetAddress publicAddress,
                 List<Softwire> softwires, int mtu) {

    static final String WAN = "eth0";
    static final String INTERNET = "eth1";
    static final String TUNNEL = "dslite";

    AftrSetup {
        if (!(tunnelAddress instanceof Inet6Address)) {
            throw new IllegalArgumentException("the AFTR's tunnel address must be IPv6, not "
                    + tunnelAddress.getHostAddress());
        }
        if (!internetAddress.isIpv4()) {
            throw new IllegalArgumentException("the AFTR's Internet address must be IPv4, not " + internetAddress);
        }
        softwires = List.copyOf(softwires);
        if (softwires.stream().filter(s -> s.inner().contains(Softwire.ANY)).count() > 1) {
            throw new IllegalArgumentException("two B4s both take any inner source; give them distinct inner prefixes");
        }
        if (mtu < 1280 || mtu > 1460) {
            throw new IllegalArgumentException("softwire MTU " + mtu + " is outside 1280-1460");
        }
        new AftrNat(TUNNEL, INTERNET, publicAddress);
    }

    String nftRuleset() {
        return new AftrNat(TUNNEL, INTERNET, publicAddress).render();
    }

    String bootScript() {
        StringBuilder out = new StringBuilder("set -eux\n")
                .append("modprobe ip6_tunnel\n")
                .append("sysctl -qw net.ipv4.ip_forward=1\n")
                .append("ip -6 addr add ").append(IspAddresses.literal(tunnelAddress)).append("/64 dev ").append(WAN)
                .append(" nodad\n")
                .append("ip addr add ").append(internetAddress).append(" dev ").append(INTERNET).append('\n')
                .append("ip addr add ").append(publicAddress.getHostAddress()).append("/32 dev ").append(INTERNET).append('\n')
                .append("ip link add ").append(TUNNEL).append(" type ip6tnl external\n")
                .append(tunnelUp());
        out.append("cat > /run/aftr.nft <<'NFT'\n").append(nftRuleset()).append("NFT\n")
                .append("nft -f /run/aftr.nft\n");
        return out.toString();
    }

    /** Brings the tunnel up and (re)installs the routes, which a link down removed. */
    String tunnelUp() {
        StringBuilder out = new StringBuilder()
                .append("ip link set ").append(TUNNEL).append(" mtu ").append(mtu).append(" up\n");
        softwires.forEach(s -> out.append(s.routeCommands(TUNNEL, WAN, tunnelAddress)));
        return out.toString();
    }

    String tunnelDown() {
        return "ip link set " + TUNNEL + " down\n";
    }
}
