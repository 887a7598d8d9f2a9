package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Port;
import dev.vyoslab.config.VyosConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LabPlanTest {

    static String seed() throws IOException {
        return Files.readString(Path.of("examples/seed/corrected.conf"));
    }

    static java.net.InetAddress address(String s) {
        return dev.vyoslab.config.Prefix.parse(s + (s.contains(":") ? "/128" : "/32")).orElseThrow().address();
    }

    static LabPlan plan(String config) {
        return LabPlan.from(VyosConfig.parse("t.conf", config).validIntent());
    }

    /** Classes of two such configs share a lab: the plan is the lab, not the config's layout. */
    @Test
    void theSameWorldSaidOnOtherLinesIsTheSamePlan() throws IOException {
        assertThat(plan("# one line more\n\n" + seed())).isEqualTo(plan(seed()));
    }

    @Test
    void seedWorld() throws IOException {
        LabPlan p = plan(seed());
        assertThat(p.problems()).isEmpty();
        assertThat(p.wanPrefix()).hasToString("2001:db8:1:1::/64");
        assertThat(p.routerWanMac()).isEqualTo("52:54:00:12:34:56");
        assertThat(p.aftr()).hasValueSatisfying(a -> {
            assertThat(a.remote()).isEqualTo(address("2001:db8:ffff::1"));
            assertThat(a.routerInterface()).isEqualTo("tun0");
        });
        assertThat(p.bras()).hasValueSatisfying(b -> {
            assertThat(b.user()).isEqualTo("user@example.jp");
            assertThat(b.mtu()).hasValue(1454);
            assertThat(b.toString()).doesNotContain("lab-pppoe-secret");
        });
        assertThat(p.lan().subnet()).hasToString("10.0.1.0/24");
        assertThat(p.lan().routerAddress()).isEqualTo(address("10.0.1.254"));
        assertThat(p.servers()).singleElement().satisfies(s -> {
            assertThat(s.address()).isEqualTo(address("10.0.1.100"));
            assertThat(s.ports()).containsExactly(Port.udp(19132));
        });
    }

    @Test
    void nothingAboutTheSeedIsBuiltIn() throws IOException {
        String other = seed().replace("10.0.1.", "192.168.50.")
                .replace("2001:db8:ffff::1", "2001:db8:aaaa::2")
                .replace("2001:db8:1:1:5054:ff:fe12:3456", "2001:db8:7:8:a8bb:ccff:fedd:eeff")
                .replace("nat destination rule 100 protocol udp", "nat destination rule 100 protocol tcp")
                .replace("translation port 19132", "translation port 25565");
        LabPlan p = plan(other);
        assertThat(p.problems()).isEmpty();
        assertThat(p.wanPrefix()).hasToString("2001:db8:7:8::/64");
        assertThat(p.routerWanMac()).isEqualTo("aa:bb:cc:dd:ee:ff");
        assertThat(p.aftr().orElseThrow().remote()).isEqualTo(address("2001:db8:aaaa::2"));
        assertThat(p.lan().subnet()).hasToString("192.168.50.0/24");
        assertThat(p.servers()).singleElement().satisfies(s -> {
            assertThat(s.address()).isEqualTo(address("192.168.50.100"));
            assertThat(s.ports()).containsExactly(Port.tcp(25565));
        });
    }

    @Test
    void aSourceSlaacCannotProduceIsAProblemBeforeAnythingBoots() throws IOException {
        LabPlan p = plan(seed().replace("2001:db8:1:1:5054:ff:fe12:3456", "2001:db8:1:1::99"));
        assertThat(p.problems()).singleElement().asString().contains("is not a SLAAC (EUI-64) address");
    }
}
