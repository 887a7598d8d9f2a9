package dev.vyoslab.check;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/** What a DHCP lease contained: address in a range, gateway, DNS servers. */
public final class LeaseAssert {

    private final ProbeHost host;
    private final Prefix subnet;
    private final DhcpLease.Result lease;

    LeaseAssert(ProbeHost host, Prefix subnet, DhcpLease.Result lease) {
        this.host = host;
        this.subnet = subnet;
        this.lease = lease;
    }

    public LeaseAssert inOneOf(List<Intent.Range> ranges) {
        InetAddress a = lease.address().orElseThrow();
        if (!ranges.isEmpty() && ranges.stream().noneMatch(r -> r.contains(a))) {
            fail("an address in " + ranges.stream().map(r -> r.start().getHostAddress() + "-"
                    + r.stop().getHostAddress()).toList(), a.getHostAddress());
        }
        return this;
    }

    public LeaseAssert withRouter(InetAddress router) {
        if (!lease.router().map(router::equals).orElse(false)) {
            fail("default router " + router.getHostAddress(),
                    lease.router().map(InetAddress::getHostAddress).orElse("no router option"));
        }
        return this;
    }

    public LeaseAssert withDnsServers(List<InetAddress> servers) {
        if (!Set.copyOf(lease.dnsServers()).equals(Set.copyOf(servers))) {
            fail("DNS servers " + servers.stream().map(InetAddress::getHostAddress).toList(),
                    lease.dnsServers().stream().map(InetAddress::getHostAddress).toList().toString());
        }
        return this;
    }

    private void fail(String expected, String seen) {
        throw new AssertionError(Messages.of("a lease in " + subnet.network() + " with " + expected,
                seen + " (lease " + lease.address().map(InetAddress::getHostAddress).orElse("?") + " from "
                        + lease.server().map(InetAddress::getHostAddress).orElse("?") + ")", host));
    }

    public InetAddress address() {
        return lease.address().orElseThrow();
    }
}
