package dev.vyoslab.dut.reference;

/** What the reference router's guest does at boot, before any config: load the kernel parts VyOS would have loaded. */
final class BootScript {

    private BootScript() {
    }

    static String render(String trustedCaPem) {
        StringBuilder s = new StringBuilder("set -e\n")
                .append("for m in ip6_tunnel pppoe ppp_async nf_tables nft_chain_nat nf_nat nf_conntrack; do")
                .append(" modprobe -q $m || true; done\n")
                .append("[ -e /dev/ppp ] || mknod /dev/ppp c 108 0\n");
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
