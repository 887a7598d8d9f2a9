package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class Eui64Test {

    private static Inet6Address v6(String s) throws Exception {
        return (Inet6Address) InetAddress.getByName(s);
    }

    @Test
    void addressAndMacAreInverse() throws Exception {
        Prefix ngn = Prefix.parse("2001:db8:1:1::/64").orElseThrow();
        assertThat(Eui64.address(ngn, "52:54:00:12:34:56")).isEqualTo(v6("2001:db8:1:1:5054:ff:fe12:3456"));
        assertThat(Eui64.mac(v6("2001:db8:1:1:5054:ff:fe12:3456"))).isEqualTo("52:54:00:12:34:56");
    }

    @Test
    void universalLocalBitIsFlipped() throws Exception {
        assertThat(Eui64.macFor(v6("2001:db8::21b:21ff:fe3a:4c5d"))).contains("00:1b:21:3a:4c:5d");
    }

    @Test
    void identifiersWithoutFffeOrWithAMulticastMacAreNotDerivable() throws Exception {
        assertThat(Eui64.macFor(v6("2001:db8::1"))).isEmpty();
        assertThat(Eui64.macFor(v6("2001:db8::301:2ff:fe03:405"))).as("01:01:02:03:04:05 is multicast").isEmpty();
    }
}
