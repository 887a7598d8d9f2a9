package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfacePlanTest {

    private final String plan = new InterfacePlan(Seed.intent(), List.of("eth0", "eth1")).render();

    @Test
    void slaacIsEnabledBeforeForwardingSoTheRaDefaultRouteSurvives() {
        int acceptRa = plan.indexOf("sysctl_set net.ipv6.conf.eth0.accept_ra 2");
        int forwarding = plan.indexOf("sysctl_set net.ipv6.conf.all.forwarding 1");
        int wanOff = plan.indexOf("sysctl_set net.ipv6.conf.eth0.forwarding 0");
        assertThat(acceptRa).isNotNegative().isLessThan(forwarding);
        assertThat(forwarding).isLessThan(wanOff);
        assertThat(plan).contains("sysctl_set net.ipv6.conf.eth0.autoconf 1\n");
    }

    @Test
    void statelessDhcpv6TunnelAndLanAddress() {
        assertThat(plan).contains("dhclient -6 -S -nw", "ip6tnl_sync tun0 mode ipip6 local 2001:db8:1:1:5054:ff:fe12:3456"
                + " remote 2001:db8:ffff::1", "links_sync tun0\n", "addrs_sync eth1 10.0.1.254/24\n",
                "addrs_sync eth0\n");
    }

    /** The LAN port and a WAN without autoconf get both SLAAC sysctls too, so the kernel's autoconf=1 never applies. */
    @Test
    void bothSlaacSysctlsAreWrittenOnEveryPort() {
        assertThat(plan).contains("sysctl_set net.ipv6.conf.eth1.accept_ra 1\nsysctl_set net.ipv6.conf.eth1.autoconf 0\n",
                "sysctl_set net.ipv6.conf.eth1.forwarding 1\n");
        String noAutoconf = render(Seed.text().replace("set interfaces ethernet eth0 ipv6 address autoconf\n", ""));
        // vyos-1x@1.3.4 python/vyos/ifconfig/interface.py update(): 'address dhcpv6' alone still means accept_ra 2
        assertThat(noAutoconf).contains("sysctl_set net.ipv6.conf.eth0.accept_ra 2\n",
                "sysctl_set net.ipv6.conf.eth0.autoconf 0\n").doesNotContain("eth0.autoconf 1");
        String pppoeOnly = render(Seed.text().replace("set interfaces ethernet eth0 ipv6 address autoconf\n", "")
                .replace("set interfaces ethernet eth0 address dhcpv6\n", "")
                .replace("set interfaces ethernet eth0 dhcpv6-options parameters-only\n", ""));
        assertThat(pppoeOnly).contains("sysctl_set net.ipv6.conf.eth0.accept_ra 1\n",
                "sysctl_set net.ipv6.conf.eth0.autoconf 0\n");
        // a router solicitation, as VyOS's port coming up sends one, only where SLAAC is configured
        assertThat(plan).contains("ra_solicit eth0\n");
        assertThat(noAutoconf).doesNotContain("ra_solicit");
    }

    /** At boot the guest forwards, as VyOS does, and drops a SLAAC address its init formed as a host. */
    @Test
    void bootForwardsAndDropsHostSlaacAddresses() {
        assertThat(BootScript.render("")).contains("echo 1 > /proc/sys/net/ipv6/conf/all/forwarding\n",
                "ip -6 addr flush dev \"${d##*/}\" scope global dynamic");
    }

    @Test
    void dhcpv6IsInformationOnlyAndItsAnswerUnused() {
        assertThat(plan).contains("stage $V/dhclient6.eth0.conf <<'VYOSLAB_EOF'\n" + Dhclient6Conf.render(),
                "commit $V/dhclient6.eth0.conf\nrunning $V/dhclient6.eth0.pid || dhclient -6 -S -nw -cf"
                        + " $V/dhclient6.eth0.conf -sf /bin/true -pf $V/dhclient6.eth0.pid"
                        + " -lf /var/lib/dhcp/dhclient6.eth0.leases eth0 </dev/null >/dev/null 2>&1\n");
        assertThat(Dhclient6Conf.render()).contains("request dhcp6.name-servers, dhcp6.domain-search;\n")
                .doesNotContain("script");
        String without = render(Seed.text().replace("set interfaces ethernet eth0 address dhcpv6\n", "")
                .replace("set interfaces ethernet eth0 dhcpv6-options parameters-only\n", ""));
        assertThat(without).doesNotContain("dhclient -6").contains("stop \"$p\"");
    }

    @Test
    void tunnelGetsVyosParametersAndMtu() {
        assertThat(plan).contains("remote 2001:db8:ffff::1 encaplimit 4 flowlabel inherit hoplimit 64 tclass inherit\n"
                + "ip link set tun0 mtu 1476\n");
        String set = render(Seed.text() + "set interfaces tunnel tun0 mtu 1460\n"
                + "set interfaces tunnel tun0 parameters ipv6 encaplimit none\n");
        assertThat(set).contains("remote 2001:db8:ffff::1 encaplimit none flowlabel inherit", "ip link set tun0 mtu 1460\n");
    }

    private static String render(String config) {
        return new InterfacePlan(dev.vyoslab.config.VyosConfig.parse("v.conf", config).intent(), List.of("eth0", "eth1"))
                .render();
    }

    @Test
    void ipv6TextIsCompressedAsIproute2PrintsIt() throws Exception {
        assertThat(InterfacePlan.text(InetAddress.getByName("2001:db8:0:0:1:0:0:1"))).isEqualTo("2001:db8::1:0:0:1");
        assertThat(InterfacePlan.text(InetAddress.getByName("2001:db8:ffff::1"))).isEqualTo("2001:db8:ffff::1");
        assertThat(InterfacePlan.text(InetAddress.getByName("::"))).isEqualTo("::");
    }
}
