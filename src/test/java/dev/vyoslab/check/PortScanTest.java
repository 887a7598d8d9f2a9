package dev.vyoslab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** nmap's command line and its grepable output (-oG), as nmap 7.93 (Debian bookworm) writes it. */
class PortScanTest {

    @Test
    void onlyPortsThatAnsweredAreOpen() {
        String out = """
                # Nmap 7.93 scan initiated Wed Dec  2 06:00:00 2026 as: nmap -n -Pn -sU -p 53,123,19132 -oG - 203.0.113.10
                Host: 203.0.113.10 ()\tStatus: Up
                Host: 203.0.113.10 ()\tPorts: 53/open|filtered/udp//domain///, 123/closed/udp//ntp///, \
                19132/open/udp/////\tIgnored State: filtered (2)
                # Nmap done at Wed Dec  2 06:00:03 2026 -- 1 IP address (1 host up) scanned in 3.05 seconds
                """;
        assertThat(PortScan.parse(out)).containsExactly(Port.udp(19132));
        assertThat(PortScan.parse("Host: 2001:db8:1::1 ()\tPorts: 22/open/tcp//ssh///, 80/closed/tcp//http///\n"))
                .containsExactly(Port.tcp(22));
    }

    @Test
    void scansTcpAndUdpSeparatelyWithoutAPingFirst() throws Exception {
        List<Port> ports = List.of(Port.tcp(22), Port.tcp(80), Port.udp(53), Port.tcp(22));
        Target v6 = new Target("router WAN", InetAddress.getByName("2001:db8:1::1"));
        assertThat(PortScan.command(v6, ports, Port.Protocol.TCP))
                .isEqualTo("nmap -n -Pn -T4 --max-retries 1 --min-parallelism 100 --max-rtt-timeout 1000ms"
                        + " --host-timeout 150s -6 -sT -p 22,80 -oG - 2001:db8:1:0:0:0:0:1");
        assertThat(PortScan.command(v6, ports, Port.Protocol.UDP)).contains("-sU -p 53 -oG -");
    }
}
