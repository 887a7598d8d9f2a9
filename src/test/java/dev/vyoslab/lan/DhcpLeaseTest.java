package dev.vyoslab.lan;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DhcpLeaseTest {

    private static final String FILE = """
            lease {
              interface "lan";
              fixed-address 10.0.1.50;
              option subnet-mask 255.255.255.0;
              option routers 10.0.1.254;
              option dhcp-lease-time 600;
              option dhcp-server-identifier 10.0.1.254;
              option domain-name-servers 10.0.1.254,10.0.1.253;
              renew 5 2026/11/27 14:20:00;
            }
            lease {
              interface "lan";
              fixed-address 10.0.1.51;
              option routers 10.0.1.254;
              option dhcp-lease-time 600;
            }
            """;

    @Test
    void theLastLeaseWins() throws Exception {
        DhcpLease lease = DhcpLease.lastIn(FILE).orElseThrow();
        assertThat(lease.address()).isEqualTo(InetAddress.getByName("10.0.1.51"));
        assertThat(lease.router()).contains(InetAddress.getByName("10.0.1.254"));
        assertThat(lease.leaseSeconds()).isEqualTo(600);
    }

    @Test
    void dnsServersAndServerAreRead() throws Exception {
        DhcpLease lease = DhcpLease.lastIn(FILE.substring(0, FILE.indexOf("}") + 1)).orElseThrow();
        assertThat(lease.dnsServers()).containsExactly(InetAddress.getByName("10.0.1.254"), InetAddress.getByName("10.0.1.253"));
        assertThat(lease.server()).isEqualTo(InetAddress.getByName("10.0.1.254"));
        assertThat(DhcpLease.lastIn("")).isEmpty();
    }
}
