package dev.vyoslab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lab and Docker addresses of a segment, without Docker: the subnet Docker would get is handed in. */
class SegmentTest {

    private static final Prefix LAN = prefix("10.0.1.0/24");
    private static final Prefix DOCKER = prefix("172.29.7.0/24");

    @Test
    void aRequestedSubnetStaysTheLabsAndDockerGetsItsOwn() {
        Segment lan = new Segment("lan", "run1", LAN, prefix("2001:db8:1::/64"));
        assertThat(lan.ipv4()).as("lab subnet before creation").isEqualTo(LAN);
        lan.useDockerSubnet(DOCKER);
        assertThat(lan.ipv4()).as("lab subnet").isEqualTo(LAN);
        assertThat(lan.dockerIpv4()).as("Docker subnet").isEqualTo(DOCKER);
        assertThat(lan.ipv6()).contains(prefix("2001:db8:1::/64"));
        assertThat(lan.gateway()).as("host bridge").isEqualTo(address("172.29.7.254"));
    }

    @Test
    void labAddressesComeFromTheLabSubnetAndSkipReservedOnes() {
        Segment lan = new Segment("lan", "run1", LAN, null);
        lan.reserve(address("10.0.1.253"));
        lan.useDockerSubnet(DOCKER);
        assertThat(lan.allocateIpv4()).isEqualTo(address("10.0.1.252"));
        assertThat(lan.allocateIpv4()).isEqualTo(address("10.0.1.251"));
    }

    @Test
    void everyAttachmentGetsADockerAddressOfItsOwnAwayFromTheBridge() {
        Segment lan = new Segment("lan", "run1", LAN, null);
        lan.useDockerSubnet(DOCKER);
        Set<InetAddress> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            InetAddress docker = lan.dockerAddressFor(lan.allocateIpv4());
            assertThat(DOCKER.contains(docker)).as("%s in the Docker subnet", docker).isTrue();
            assertThat(docker).isNotEqualTo(lan.gateway());
            assertThat(seen.add(docker)).as("%s given once", docker).isTrue();
        }
        // a fixed lab address that lies in the Docker range is still a lab address only
        assertThat(lan.dockerAddressFor(address("10.0.1.10"))).isNotEqualTo(address("10.0.1.10"));
    }

    @Test
    void withoutARequestTheDockerSubnetIsTheLabs() {
        Segment mgmt = new Segment("mgmt", "run1", null, null);
        assertThatThrownBy(mgmt::ipv4).isInstanceOf(IllegalStateException.class).hasMessageContaining("mgmt");
        mgmt.reserve(address("172.29.7.254"));
        mgmt.useDockerSubnet(DOCKER);
        assertThat(mgmt.ipv4()).isEqualTo(DOCKER);
        assertThat(mgmt.gateway()).as("bridge skips a reserved address").isEqualTo(address("172.29.7.253"));
        InetAddress node = mgmt.allocateIpv4();
        assertThat(node).as("allocation skips the bridge").isEqualTo(address("172.29.7.252"));
        assertThat(mgmt.dockerAddressFor(node)).as("Docker address = lab address").isEqualTo(node);
        assertThat(new Attachment(mgmt, node, null, node).relabelled()).isFalse();
    }

    @Test
    void twoLabsWithTheSameLabSubnetAllocateTheSameLabAddressesInTheirOwnDockerSubnets() {
        Segment a = new Segment("internet", "run-a", prefix("198.51.100.0/24"), null);
        Segment b = new Segment("internet", "run-b", prefix("198.51.100.0/24"), null);
        a.useDockerSubnet(prefix("172.28.1.0/24"));
        b.useDockerSubnet(prefix("172.28.2.0/24"));
        InetAddress labA = a.allocateIpv4();
        assertThat(b.allocateIpv4()).isEqualTo(labA);
        assertThat(new Attachment(a, labA, null, a.dockerAddressFor(labA)).relabelled()).isTrue();
        assertThat(a.dockerAddressFor(labA)).isNotEqualTo(b.dockerAddressFor(labA));
    }

    @Test
    void dockerSubnetsAreRandomPrivateSlash24sThatMayNotOverlapALabSubnet() {
        for (int i = 0; i < 50; i++) {
            Prefix p = Segment.randomPrivatePrefix();
            assertThat(p.length()).isEqualTo(24);
            assertThat(prefix("172.28.0.0/14").contains(p.address())).as("%s in 172.28.0.0/14", p).isTrue();
        }
        assertThat(Segment.overlap(prefix("172.28.0.0/14"), prefix("172.29.7.0/24"))).isTrue();
        assertThat(Segment.overlap(prefix("172.29.7.0/24"), prefix("172.29.7.128/25"))).isTrue();
        assertThat(Segment.overlap(LAN, DOCKER)).isFalse();
        assertThat(Segment.overlap(prefix("2001:db8::/64"), DOCKER)).isFalse();
    }

    private static Prefix prefix(String text) {
        return Prefix.parse(text).orElseThrow();
    }

    private static InetAddress address(String text) {
        return prefix(text + "/32").address();
    }
}
