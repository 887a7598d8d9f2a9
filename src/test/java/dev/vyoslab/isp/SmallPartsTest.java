package dev.vyoslab.isp;

import dev.vyoslab.config.Eui64;
import dev.vyoslab.config.Prefix;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallPartsTest {

    @Test
    void eui64GoesBothWays() {
        var address = Eui64.address(IspAddresses.NGN_PREFIX, "02:00:00:00:b4:01");
        assertThat(IspAddresses.literal(address)).isEqualTo("2001:db8:1::ff:fe00:b401");
        assertThat(Eui64.mac(address)).isEqualTo("02:00:00:00:b4:01");
        assertThatThrownBy(() -> Eui64.mac(IspAddresses.AFTR_IPV6)).hasMessageContaining("not a SLAAC (EUI-64) address");
        assertThatThrownBy(() -> Eui64.address(Prefix.parse("2001:db8::/48").orElseThrow(), "02:00:00:00:00:01"))
                .hasMessageContaining("/64");
    }

    @Test
    void responderReplyParses() {
        assertThat(SeenSource.parse("192.0.2.1 40000\n"))
                .isEqualTo(new SeenSource(IspAddresses.AFTR_PUBLIC, 40000));
        assertThatThrownBy(() -> SeenSource.parse("<html>")).hasMessageContaining("not a responder reply");
    }

    @Test
    void responderCommandListsPortsAndChecksThem() {
        ResponderCommand cmd = new ResponderCommand(Set.of(7000), Set.of(27015), Set.of(80), Set.of(19132));
        assertThat(String.join(" ", cmd.argv()))
                .isEqualTo("vyoslab-responder --tcp 7000 --udp 27015 --http 80 --bedrock 19132");
        assertThat(cmd.readyCheck()).contains("ss -Hlnt 'sport = :7000'", "ss -Hlnu 'sport = :19132'");
        assertThatThrownBy(() -> new ResponderCommand(Set.of(), Set.of(19132), Set.of(), Set.of(19132)))
                .hasMessageContaining("both");
        assertThatThrownBy(() -> new ResponderCommand(Set.of(70000), Set.of(), Set.of(), Set.of()))
                .hasMessageContaining("out of range");
    }

    @Test
    void dnsUpdateLinesParseAndHideTheSecret() {
        DnsUpdate u = DnsUpdate.parse("1700000000000\tbar.foo.com\tA\t203.0.113.10\tkey\towner@example.com\tk3y");
        assertThat(u.content()).isEqualTo("203.0.113.10");
        assertThat(u.usedCredentials("owner@example.com", "k3y")).isTrue();
        assertThat(u.usedCredentials("owner@example.com", "other")).isFalse();
        assertThat(u.toString()).doesNotContain("k3y");
    }
}
