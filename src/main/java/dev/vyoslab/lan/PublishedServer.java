package dev.vyoslab.lan;

import dev.vyoslab.isp.HostContainer;
import dev.vyoslab.isp.ResponderCommand;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The LAN server the config publishes: at a fixed address behind the router (default route through it), answering a
 * Minecraft Bedrock unconnected ping on UDP 19132 with a pong, and any other configured TCP/UDP port with the source
 * address it saw (so a check can tell whether destination NAT kept the client's address). Ready when every port is
 * bound.
 */
public final class PublishedServer extends HostContainer<PublishedServer> {

    private final InetAddress address;
    private final Set<Integer> bedrockPorts = new LinkedHashSet<>(Set.of(LanAddresses.BEDROCK_PORT));
    private final Set<Integer> tcpPorts = new LinkedHashSet<>();
    private final Set<Integer> udpPorts = new LinkedHashSet<>();

    /** At {@link LanAddresses#PUBLISHED_SERVER}, routing through {@link LanAddresses#ROUTER}. */
    public PublishedServer(Segment lan) {
        this(lan, LanAddresses.PUBLISHED_SERVER, LanAddresses.ROUTER);
    }

    public PublishedServer(Segment lan, InetAddress address, InetAddress router) {
        this("server", lan, address, router);
    }

    /** A server named {@code name} (a lab may publish several). */
    public PublishedServer(String name, Segment lan, InetAddress address, InetAddress router) {
        super(name);
        this.address = address;
        withSegment(lan, address, null);
        withRoute(Prefix.parse("0.0.0.0/0").orElseThrow(), router);
    }

    /** Replaces the Bedrock port(s) (19132 by default). */
    public PublishedServer withBedrockPorts(Integer... ports) {
        bedrockPorts.clear();
        bedrockPorts.addAll(Set.of(ports));
        return self();
    }

    public PublishedServer withTcpPort(int port) {
        tcpPorts.add(port);
        return self();
    }

    public PublishedServer withUdpPort(int port) {
        udpPorts.add(port);
        return self();
    }

    ResponderCommand responder() {
        return new ResponderCommand(tcpPorts, udpPorts, Set.of(), bedrockPorts);
    }

    @Override
    protected void configure() {
        ResponderCommand responder = responder();
        withDaemon(responder.readyCheck(), responder.argv());
    }

    public InetAddress address() {
        return address;
    }

    public Set<Integer> bedrockPorts() {
        return Set.copyOf(bedrockPorts);
    }
}
