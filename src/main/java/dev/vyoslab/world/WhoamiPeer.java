package dev.vyoslab.world;

import dev.vyoslab.isp.WhoamiHost;
import dev.vyoslab.lab.Segment;
import java.util.Optional;

/** The whoami host on the Internet: tells which uplink a packet took by the source it saw; also probes inwards. */
record WhoamiPeer(WhoamiHost node, Segment segment) implements Peer {

    static WhoamiPeer of(LabSegments segments) {
        return new WhoamiPeer(new WhoamiHost(segments.internet()), segments.internet());
    }

    @Override
    public Optional<WhoamiHost> whoami() {
        return Optional.of(node);
    }
}
