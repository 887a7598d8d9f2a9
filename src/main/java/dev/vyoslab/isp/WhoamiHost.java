package dev.vyoslab.isp;

import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.util.Set;

/**
 * An Internet host that tells every client the source address and port it saw, over TCP, UDP and HTTP (one line,
 * {@code ADDRESS PORT}; see {@link SeenSource#parse}). 192.0.2.1 means the packet came through the AFTR, the PPPoE
 * address that it came through the BRAS. Ready when all ports are bound.
 */
public final class WhoamiHost extends HostContainer<WhoamiHost> {

    public static final int TCP_PORT = 7000;
    public static final int UDP_PORT = 7000;
    public static final int HTTP_PORT = 80;

    private final Segment internet;
    private final InetAddress address;

    /** On the Internet segment at {@link IspAddresses#WHOAMI}. */
    public WhoamiHost(Segment internet) {
        this(internet, IspAddresses.WHOAMI);
    }

    public WhoamiHost(Segment internet, InetAddress address) {
        super("whoami");
        this.internet = internet;
        this.address = address;
        withSegment(internet, address, null);
        withIspRoutes();
    }

    @Override
    protected void configure() {
        ResponderCommand responder = new ResponderCommand(Set.of(TCP_PORT), Set.of(UDP_PORT), Set.of(HTTP_PORT), Set.of());
        withDaemon(responder.readyCheck(), responder.argv());
    }

    public InetAddress address() {
        return address;
    }

    public Segment segment() {
        return internet;
    }

    /** {@code http://ADDRESS/}, for curl. */
    public String url() {
        return "http://" + address.getHostAddress() + "/";
    }
}
