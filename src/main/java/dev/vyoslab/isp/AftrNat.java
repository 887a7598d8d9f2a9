package dev.vyoslab.isp;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The AFTR's nftables ruleset: forwards only from the softwire to the Internet (and replies back), marking those
 * flows so they are source-NATed to the one public address. {@code snat to} rather than {@code masquerade}: the
 * public address is not the Internet interface's primary one, and masquerade would pick the primary.
 */
record AftrNat(String tunnel, String internet, InetAddress publicAddress) {

    static final String MARK = "0x44";

    AftrNat {
        if (!(publicAddress instanceof Inet4Address)) {
            throw new IllegalArgumentException("the AFTR's public address must be IPv4, not " + publicAddress.getHostAddress());
        }
    }

    String render() {
        return "table ip aftr {\n"
                + "    chain forward {\n"
                + "        type filter hook forward priority filter; policy drop;\n"
                + "        iifname \"" + tunnel + "\" oifname \"" + internet + "\" meta mark set " + MARK + " accept\n"
                + "        ct state established,related accept\n"
                + "    }\n"
                + "    chain postrouting {\n"
                + "        type nat hook postrouting priority srcnat; policy accept;\n"
                + "        meta mark " + MARK + " snat to " + publicAddress.getHostAddress() + "\n"
                + "    }\n"
                + "}\n";
    }
}
