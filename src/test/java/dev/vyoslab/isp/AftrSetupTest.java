package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AftrSetupTest {

    private static final Prefix INTERNET = new Prefix(IspAddresses.AFTR_INTERNET, 24);
    private static final Softwire B4 = new Softwire(IspAddresses.address("2001:db8:1::ff:fe00:b401"), List.of(Softwire.ANY));

    @Test
    void nftRulesetForwardsOnlyFromTheSoftwireAndSnatsToThePublicAddress() {
        String nft = new AftrNat("dslite", "eth1", IspAddresses.AFTR_PUBLIC).render();
        assertThat(nft).contains("type filter hook forward priority filter; policy drop;")
                .contains("iifname \"dslite\" oifname \"eth1\" meta mark set 0x44 accept")
                .contains("ct state established,related accept")
                .contains("type nat hook postrouting priority srcnat;")
                .contains("meta mark 0x44 snat to 192.0.2.1");
    }

    @Test
    void bootScriptMakesAFlowBasedTunnelWithAReturnRoutePerB4() {
        String script = new AftrSetup(IspAddresses.AFTR_IPV6, INTERNET, IspAddresses.AFTR_PUBLIC, List.of(B4), 1460)
                .bootScript();
        assertThat(script).contains("ip -6 addr add 2001:db8:ffff::1/64 dev eth0 nodad\n")
                .contains("ip addr add 198.51.100.2/24 dev eth1\n", "ip addr add 192.0.2.1/32 dev eth1\n")
                .contains("ip link add dslite type ip6tnl external\n", "ip link set dslite mtu 1460 up\n")
                .contains("ip -6 route replace 2001:db8:1::ff:fe00:b401/128 dev eth0\n")
                .contains("ip route replace 0.0.0.0/0 encap ip6 src 2001:db8:ffff::1 dst 2001:db8:1::ff:fe00:b401 dev dslite\n")
                .contains("sysctl -qw net.ipv4.ip_forward=1", "nft -f /run/aftr.nft");
    }

    @Test
    void misconfigurationFailsAtOnce() {
        assertThatThrownBy(() -> new AftrSetup(IspAddresses.AFTR_PUBLIC, INTERNET, IspAddresses.AFTR_PUBLIC, List.of(), 1460))
                .hasMessageContaining("tunnel address must be IPv6");
        assertThatThrownBy(() -> new AftrSetup(IspAddresses.AFTR_IPV6, INTERNET, IspAddresses.AFTR_IPV6, List.of(), 1460))
                .hasMessageContaining("public address must be IPv4");
        assertThatThrownBy(() -> new AftrSetup(IspAddresses.AFTR_IPV6, INTERNET, IspAddresses.AFTR_PUBLIC,
                List.of(B4, new Softwire(IspAddresses.address("2001:db8:1::2"), List.of(Softwire.ANY))), 1460))
                .hasMessageContaining("two B4s");
        assertThatThrownBy(() -> new AftrSetup(IspAddresses.AFTR_IPV6, INTERNET, IspAddresses.AFTR_PUBLIC, List.of(), 1500))
                .hasMessageContaining("MTU");
        assertThatThrownBy(() -> new Softwire(IspAddresses.B4_INNER, List.of(Softwire.ANY)))
                .hasMessageContaining("B4 address must be IPv6");
    }
}
