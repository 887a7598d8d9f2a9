package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class Eui64Test {

    private static Inet6Address v6(String s) throws Exception {
        return (Inet6Address) InetAddress.getByName(s);
    }

    @Test
    void theSeedTunnelSourceComesFromTheDefaultWanMac() throws Exception {
        assertThat(ReferenceRouter.slaacMac(v6("2001:db8:1:1:5054:ff:fe12:3456")))
                .contains(ReferenceRouter.DEFAULT_WAN_MAC);
    }

    @Test
    void universalLocalBitIsFlipped() throws Exception {
        assertThat(Eui64.macFor(v6("2001:db8::21b:21ff:fe3a:4c5d"))).contains("00:1b:21:3a:4c:5d");
        assertThat(Eui64.identifierOf("00:1b:21:3a:4c:5d")).isEqualTo("21b:21ff:fe3a:4c5d");
    }

    @Test
    void identifiersWithoutFffeOrWithAMulticastMacAreNotDerivable() throws Exception {
        assertThat(Eui64.macFor(v6("2001:db8::1"))).isEmpty();
        assertThat(Eui64.macFor(v6("2001:db8::301:2ff:fe03:405"))).as("01:01:02:03:04:05 is multicast").isEmpty();
    }
}
