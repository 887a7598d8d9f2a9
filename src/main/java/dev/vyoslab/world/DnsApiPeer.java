package dev.vyoslab.world;

import dev.vyoslab.config.Intent;
import dev.vyoslab.isp.DnsApiMock;
import dev.vyoslab.lab.Segment;
import java.util.List;
import java.util.Optional;

/** The dynamic-DNS API the config's zone-based services update, with their zones and credentials. */
record DnsApiPeer(DnsApiMock node, Segment segment) implements Peer {

    static DnsApiPeer of(List<LabPlan.DnsAccount> accounts, LabSegments segments) {
        DnsApiMock mock = new DnsApiMock(segments.internet());
        for (LabPlan.DnsAccount a : accounts) {
            mock.withZone(a.zone());
            if (a.login().isPresent() && a.password().isPresent()) {
                mock.withCredentials(a.login().get(), a.password().get());
            }
        }
        return new DnsApiPeer(mock, segments.internet());
    }

    @Override
    public Optional<DnsApiMock> dnsApi() {
        return Optional.of(node);
    }

    /**
     * A config without dynamic DNS has no record: the zone forgets what earlier configs wrote (the last update may
     * even have come from the previous config's client while the apply stopped it). A provider would keep the
     * record; the lab forgets it so that a config without dynamic DNS is seen to have none.
     */
    @Override
    public void routerConverged(Intent applied) {
        if (applied.dynamicDns().isEmpty()) {
            node.forgetUpdates();
        }
    }
}
