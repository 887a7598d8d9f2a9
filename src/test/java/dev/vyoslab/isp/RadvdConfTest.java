package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RadvdConfTest {

    private static Prefix p(String text) {
        return Prefix.parse(text).orElseThrow();
    }

    @Test
    void announcesSlaacPrefixWithOtherConfigAndAnOnLinkOnlyPrefix() {
        String conf = new RadvdConf("wan", p("2001:db8:1::/64"), List.of(p("2001:db8:ffff::1/64")), List.of(),
                Duration.ZERO).render();
        assertThat(conf).startsWith("interface wan {\n")
                .contains("AdvManagedFlag off;", "AdvOtherConfigFlag on;", "AdvDefaultLifetime 0;")
                .contains("prefix 2001:db8:1::/64 {\n        AdvOnLink on;\n        AdvAutonomous on;")
                .contains("prefix 2001:db8:ffff::/64 {\n        AdvOnLink on;\n        AdvAutonomous off;")
                .endsWith("};\n");
    }

    @Test
    void withdrawnPrefixIsDeprecatedAtOnce() {
        String conf = new RadvdConf("wan", p("2001:db8:2::/64"), List.of(), List.of(p("2001:db8:1::/64")),
                Duration.ofSeconds(1800)).render();
        assertThat(conf).contains("prefix 2001:db8:1::/64 {\n        AdvOnLink on;\n        AdvAutonomous on;\n"
                + "        AdvPreferredLifetime 0;").contains("AdvDefaultLifetime 1800;");
    }

    @Test
    void refusesWhatSlaacCannotUse() {
        assertThatThrownBy(() -> new RadvdConf("wan", p("2001:db8:1::/56"), List.of(), List.of(), Duration.ZERO))
                .hasMessageContaining("/64");
        assertThatThrownBy(() -> new RadvdConf("wan", p("192.0.2.0/24"), List.of(), List.of(), Duration.ZERO))
                .hasMessageContaining("must be IPv6");
        assertThatThrownBy(() -> new RadvdConf("wan", p("2001:db8:1::/64"), List.of(p("10.0.0.0/8")), List.of(),
                Duration.ZERO)).hasMessageContaining("on-link prefix must be IPv6");
    }
}
