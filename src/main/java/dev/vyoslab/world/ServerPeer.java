package dev.vyoslab.world;

import dev.vyoslab.check.LabView;
import dev.vyoslab.check.Port;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.lan.PublishedServer;
import java.net.InetAddress;
import java.util.Optional;

/**
 * A published server at a DNAT target: answers the translated ports (UDP ones also as a Bedrock server, so a game
 * client's ping gets a pong) and the canary.
 */
record ServerPeer(PublishedServer node, Segment segment) implements Peer {

    static ServerPeer of(LabPlan.Server s, LabPlan plan, LabSegments segments) {
        PublishedServer server = new PublishedServer(s.name(), segments.lan(), s.address(), plan.lan().routerAddress())
                .withBedrockPorts(s.ports().stream().filter(p -> p.protocol() == Port.Protocol.UDP)
                        .map(Port::number).toArray(Integer[]::new))
                .withTcpPort(LabView.LAN_CANARY.number());
        s.ports().stream().filter(p -> p.protocol() == Port.Protocol.TCP).forEach(p -> server.withTcpPort(p.number()));
        return new ServerPeer(server, segments.lan());
    }

    @Override
    public Optional<ProbeHost> lanHost(InetAddress address) {
        return node.address().equals(address) ? Optional.of(ProbeHost.of(node)) : Optional.empty();
    }
}
