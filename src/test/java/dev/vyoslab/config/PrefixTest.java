package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixTest {

    @Test
    void parsesAndContains() {
        Prefix p = Prefix.parse("10.0.1.254/24").orElseThrow();
        assertThat(p.network()).hasToString("10.0.1.0/24");
        assertThat(p.contains(Addresses.parse("10.0.1.100").orElseThrow())).isTrue();
        assertThat(p.contains(Addresses.parse("10.0.2.1").orElseThrow())).isFalse();
        assertThat(p.contains(Addresses.parse("2001:db8::1").orElseThrow())).isFalse();
        Prefix v6 = Prefix.parse("2001:db8:1:1::/64").orElseThrow();
        assertThat(v6.contains(Addresses.parse("2001:db8:1:1:5054:ff:fe12:3456").orElseThrow())).isTrue();
        assertThat(v6).hasToString("2001:db8:1:1::/64");
    }

    @Test
    void rejectsWhatIsNotAPrefix() {
        assertThat(Prefix.parse("10.0.1.254")).isEmpty();
        assertThat(Prefix.parse("10.0.1.0/33")).isEmpty();
        assertThat(Prefix.parse("2405:xx::/64")).isEmpty();
        assertThat(Prefix.parse("example.com/24")).isEmpty();
        assertThat(Addresses.parse("010.0.0.1")).isEmpty();
    }
}
