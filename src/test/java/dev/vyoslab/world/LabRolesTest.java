package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.check.Uplink;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Node;
import dev.vyoslab.lab.Segment;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles are answered by the peer that plays them; nothing here starts a node. */
class LabRolesTest {

    record FakeNode(String name) implements Node {
        public Set<Node> dependencies() {
            return Set.of();
        }

        public void prepare(Lab lab) {
            throw new AssertionError("a role lookup must not prepare nodes");
        }

        public void start() {
            throw new AssertionError("a role lookup must not start nodes");
        }

        public void stop() {
        }
    }

    /** An uplink peer behind {@code routerInterface}, answering with {@code address}. */
    record UplinkPeer(Node node, String routerInterface) implements Peer {
        public Segment segment() {
            return null;
        }

        public Optional<Uplink> uplink(String routerInterface) {
            return routerInterface.equals(this.routerInterface)
                    ? Optional.of(new Uplink(routerInterface, node.name(), () -> IspAddresses.AFTR_PUBLIC))
                    : Optional.empty();
        }
    }

    final LabRoles roles = new LabRoles(List.of(new UplinkPeer(new FakeNode("aftr"), "tun0"),
            new UplinkPeer(new FakeNode("bras"), "pppoe0")), null, Prefix.parse("10.0.1.0/24").orElseThrow());

    @Test
    void eachUplinkComesFromThePeerBehindItsInterface() {
        assertThat(roles.uplink("tun0").peer()).isEqualTo("aftr");
        assertThat(roles.uplink("pppoe0").peer()).isEqualTo("bras");
    }

    @Test
    void aRoleNoPeerPlaysNamesThePeersTheLabHas() {
        assertThatThrownBy(() -> roles.uplink("eth9")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the lab has no uplink behind eth9").hasMessageContaining("[aftr, bras]");
        assertThatThrownBy(() -> roles.lanClient(Prefix.parse("10.0.1.0/24").orElseThrow()))
                .hasMessageContaining("the lab has no client on 10.0.1.0/24");
        assertThat(roles.dnsApiRecord("bar.example.com")).isEmpty();
    }
}
