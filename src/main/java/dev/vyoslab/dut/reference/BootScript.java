package dev.vyoslab.dut.reference;

/**
 * What the reference router's guest does at boot, before any config: load the kernel parts VyOS would have loaded and
 * take VyOS's boot-time forwarding, so no port acts as an IPv6 host before a config says so.
 */
final class BootScript {

    private BootScript() {
    }

    static String render(String trustedCaPem) {
        StringBuilder s = new StringBuilder("set -e\n")
                .append("for m in ip6_tunnel pppoe ppp_async nf_tables nft_chain_nat nf_nat nf_conntrack; do")
                .append(" modprobe -q $m || true; done\n")
                .append("[ -e /dev/ppp ] || mknod /dev/ppp c 108 0\n")
                // vyatta-cfg-system@1.3.4 sysconf/vyatta-sysctl.conf: VyOS forwards from boot, so router advertisements
                // are ignored (accept_ra 1) until a config accepts them; the guest's init brought the ports up as a
                // host, so a SLAAC address formed before this line is not VyOS's and goes
                .append("echo 1 > /proc/sys/net/ipv4/ip_forward; echo 1 > /proc/sys/net/ipv6/conf/all/forwarding\n")
                .append("for d in /sys/class/net/eth*; do [ -e \"$d\" ] && /usr/bin/ip -6 addr flush dev \"${d##*/}\"")
                .append(" scope global dynamic || true; done\n");
        if (!trustedCaPem.isBlank()) {
            s.append(trustCa(trustedCaPem));
        }
        return s.toString();
    }

    /**
     * Installs {@code pem} as a trusted CA (at boot, or later when the CA exists only once the lab runs). Appended to
     * the bundle OpenSSL reads rather than through update-ca-certificates, which rehashes every CA: a minute under TCG.
     */
    static String trustCa(String pem) {
        return "mkdir -p /usr/local/share/ca-certificates\n"
                + "cat > /usr/local/share/ca-certificates/vyoslab-lab.crt <<'VYOSLAB_EOF'\n"
                + pem.strip() + "\nVYOSLAB_EOF\n"
                + "grep -qxF \"$(sed -n 2p /usr/local/share/ca-certificates/vyoslab-lab.crt)\" "
                + "/etc/ssl/certs/ca-certificates.crt 2>/dev/null || "
                + "cat /usr/local/share/ca-certificates/vyoslab-lab.crt >> /etc/ssl/certs/ca-certificates.crt\n";
    }
}
