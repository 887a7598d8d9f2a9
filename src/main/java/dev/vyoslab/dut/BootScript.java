package dev.vyoslab.dut;

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
            s.append("mkdir -p /usr/local/share/ca-certificates\n")
                    .append("cat > /usr/local/share/ca-certificates/vyoslab-lab.crt <<'VYOSLAB_EOF'\n")
                    .append(trustedCaPem.strip()).append("\nVYOSLAB_EOF\nupdate-ca-certificates >/dev/null 2>&1\n");
        }
        return s.toString();
    }
}
