package dev.vyoslab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.CommandResult;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ProbeParsingTest {

    static CommandResult result(int exit, String stdout, String stderr) {
        return new CommandResult("client", "probe", exit, stdout, stderr);
    }

    static InetAddress ip(String s) {
        return Prefix.parse(s + (s.contains(":") ? "/128" : "/32")).orElseThrow().address();
    }

    @Test
    void pingCountsRepliesAndRoundTrip() {
        Ping.Result r = Ping.parse(result(0, """
                PING 198.51.100.10 (198.51.100.10) 56(84) bytes of data.
                64 bytes from 198.51.100.10: icmp_seq=1 ttl=62 time=1.21 ms

                --- 198.51.100.10 ping statistics ---
                3 packets transmitted, 2 received, 33.3333% packet loss, time 602ms
                rtt min/avg/max/mdev = 1.101/1.155/1.210/0.054 ms
                """, ""));
        assertThat(r.transmitted()).isEqualTo(3);
        assertThat(r.received()).isEqualTo(2);
        assertThat(r.averageMillis()).hasValue(1.155);
        assertThat(Ping.parse(result(1, "3 packets transmitted, 0 received, 100% packet loss", "")).answered())
                .isFalse();
        assertThat(Ping.parse(result(2, "", "ping: connect: Network is unreachable")).answered()).isFalse();
    }

    @Test
    void pingCommandChoosesFamilyAndDontFragment() {
        assertThat(Ping.command(new Target("aftr", ip("2001:db8:ffff::1")), 3, null)).startsWith("ping -6 ")
                .endsWith(" 2001:db8:ffff:0:0:0:0:1");
        assertThat(Ping.command(new Target("whoami", ip("198.51.100.10")), 2, 1426)).contains("-M do -s 1426");
    }

    @Test
    void connectTellsAnsweredRefusedTimedOutAndUnreachableApart() {
        Port udp = Port.udp(19132);
        Port tcp = Port.tcp(22);
        assertThat(Connect.parse(udp, result(0, "server 198.51.100.20\n", "")).outcome())
                .isEqualTo(Connect.Outcome.ANSWERED);
        assertThat(Connect.parse(udp, result(0, "", "")).outcome()).isEqualTo(Connect.Outcome.TIMED_OUT);
        assertThat(Connect.parse(tcp, result(0, "", "")).outcome()).isEqualTo(Connect.Outcome.ANSWERED);
        assertThat(Connect.parse(tcp, result(1, "",
                "2026/11/27 10:00:00 socat[12] E connect(5, AF=2 203.0.113.10:22, 16): Connection refused")).outcome())
                .isEqualTo(Connect.Outcome.REFUSED);
        assertThat(Connect.parse(tcp, result(1, "",
                "socat[12] E TCP:203.0.113.10:22: Connection timed out")).outcome())
                .isEqualTo(Connect.Outcome.TIMED_OUT);
        assertThat(Connect.parse(tcp, result(1, "", "socat[1] E connect(): No route to host")).outcome())
                .isEqualTo(Connect.Outcome.UNREACHABLE);
        assertThat(Connect.parse(tcp, result(127, "", "sh: socat: not found")).describe())
                .contains("error").contains("exit 127").contains("socat: not found");
    }

    @Test
    void connectCommandBracketsIpv6AndBoundsEveryWait() {
        assertThat(Connect.command(new Target("r", ip("2001:db8::1")), Port.tcp(22)))
                .contains("TCP:[2001:db8:0:0:0:0:0:1]:22,connect-timeout=3").contains("-T 3");
        assertThat(Connect.command(new Target("r", ip("203.0.113.10")), Port.udp(19132)))
                .contains("UDP:203.0.113.10:19132").startsWith("printf 'vyoslab-probe\\n' | socat");
    }

    @Test
    void whoamiFindsTheSourceInCommonAnswerFormats() {
        assertThat(Whoami.firstAddress("192.0.2.1\n")).hasValue(ip("192.0.2.1"));
        assertThat(Whoami.firstAddress("Hostname: whoami\nIP: 127.0.0.1\nRemoteAddr: 203.0.113.10:41234\n"))
                .hasValue(ip("203.0.113.10"));
        assertThat(Whoami.firstAddress("{\"ip\":\"203.0.113.10\",\"port\":5555}")).hasValue(ip("203.0.113.10"));
        assertThat(Whoami.firstAddress("source 2001:db8:1:1::5 port 1")).hasValue(ip("2001:db8:1:1::5"));
        assertThat(Whoami.firstAddress("version 1.2.3.999 only")).isEmpty();
        assertThat(Whoami.parse(result(7, "", "curl: (7) Failed to connect")).answered()).isFalse();
    }

    @Test
    void dnsQueryListsAnswersAndNoticesNoServer() {
        DnsQuery.Result ok = DnsQuery.parse(result(0, "203.0.113.10\n", ""));
        assertThat(ok.answers()).containsExactly("203.0.113.10");
        assertThat(ok.reachedServer()).isTrue();
        DnsQuery.Result none = DnsQuery.parse(result(9, ";; connection timed out; no servers could be reached\n", ""));
        assertThat(none.reachedServer()).isFalse();
        assertThat(none.answers()).isEmpty();
        assertThat(DnsQuery.command(new Target("dns", ip("192.0.2.53")), "bar.example.com", "A"))
                .isEqualTo("dig +short +time=2 +tries=2 @192.0.2.53 'bar.example.com' A");
    }

    @Test
    void dhcpLeaseReadsTheLastLease() {
        DhcpLease.Result r = DhcpLease.parse(result(0, """
                lease {
                  interface "eth0";
                  fixed-address 10.0.1.111;
                  option routers 10.0.1.1;
                }
                lease {
                  interface "eth0";
                  fixed-address 10.0.1.110;
                  option subnet-mask 255.255.255.0;
                  option routers 10.0.1.254;
                  option dhcp-lease-time 86400;
                  option dhcp-server-identifier 10.0.1.254;
                  option domain-name-servers 192.0.2.53,192.0.2.54;
                  renew 5 2026/11/27 22:03:11;
                }
                """, ""));
        assertThat(r.address()).hasValue(ip("10.0.1.110"));
        assertThat(r.router()).hasValue(ip("10.0.1.254"));
        assertThat(r.server()).hasValue(ip("10.0.1.254"));
        assertThat(r.dnsServers()).containsExactly(ip("192.0.2.53"), ip("192.0.2.54"));
        assertThat(DhcpLease.parse(result(2, "", "No DHCPOFFERS received.")).leased()).isFalse();
        assertThat(DhcpLease.command(Prefix.parse("10.0.1.254/24").orElseThrow()))
                .contains("ip -o -4 route show 10.0.1.0/24").contains("-sf /bin/true").contains("timeout 20");
    }

    @Test
    void captureFindsMssOptions() {
        String text = """
                10:00:00.000001 IP (tos 0x0, ttl 62, id 1, offset 0, flags [DF], proto TCP (6), length 60)
                    192.0.2.1.40000 > 198.51.100.10.80: Flags [S], cksum 0x1 (correct), seq 1, win 64240, \
                options [mss 1414,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0
                10:00:01.000001 IP 192.0.2.1.40001 > 198.51.100.10.80: Flags [S], options [mss 1460,nop], length 0
                """;
        assertThat(PacketCapture.mssValues(text)).containsExactly(1414, 1460);
        assertThat(PacketCapture.mssValues("")).isEmpty();
        assertThat(PacketCapture.startCommand("/tmp/c1", "tcp dst port 80", 20))
                .contains("timeout 20 tcpdump -i any -nn -U -w /tmp/c1.pcap --immediate-mode 'tcp dst port 80'")
                .contains("grep -q listening");
    }
}
