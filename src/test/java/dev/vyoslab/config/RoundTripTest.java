package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** parse -> render -> parse gives the same tree, for the seed and for VyOS's own 1.3 smoketest configs. */
class RoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"examples/seed/published.conf", "examples/seed/corrected.conf",
            "src/test/resources/dev/vyoslab/config/realworld/dmz-guest-lan-nat-pppoe-router.config.boot",
            "src/test/resources/dev/vyoslab/config/realworld/dns-dynamic.config.boot"})
    void renderedSetCommandsParseToTheSameTree(String file) {
        VyosConfig first = VyosConfig.parse(Path.of(file));
        assertThat(first.tree().isEmpty()).isFalse();
        String rendered = first.render();
        VyosConfig second = VyosConfig.parse("rendered.conf", rendered);
        assertThat(second.tree()).isEqualTo(first.tree());
        assertThat(second.tree().paths()).isEqualTo(first.tree().paths());
        assertThat(second.render()).isEqualTo(rendered);
        // the rendered text holds only the lines VyOS accepts, so no line of it is refused; its commit may still be
        // (published.conf's tunnel loses its placeholder source-address, and VyOS then refuses the tunnel)
        assertThat(second.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR)
                .allSatisfy(d -> assertThat(d.code()).isEqualTo("commit-refused"));
        assertThat(first.hasErrors() || !second.hasErrors()).as(second.diagnostics().toString()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dmz-guest-lan-nat-pppoe-router.config.boot", "dns-dynamic.config.boot"})
    void realWorldConfigsPassTheKeywordTree(String file) {
        VyosConfig c = VyosConfig.parse(Configs.REALWORLD.resolve(file));
        // notes: old syntax VyOS's migration scripts rewrite (dhcp-server/5-to-6 'dns-server', conntrack/2-to-3)
        assertThat(c.diagnostics()).filteredOn(d -> d.severity() == Severity.NOTE)
                .allSatisfy(d -> assertThat(d.code()).isEqualTo("migrated-syntax"));
        // what 1.3.4's loader skips (warnings: a config.boot path it refuses is left out, the rest loads). Valueless
        // NAT 'log' (footer nat@5, written by a 1.3 beta whose NAT was vyos-1x's) meets vyatta-nat@1.3.4
        // templates-cfg/nat/destination/rule/node.tag/log/node.def (enable|disable); '@SERIAL_DEVICE@' and
        // '@SERIAL_SPEED@' are filled in by VyOS's smoketest before it loads the file
        assertThat(c.hasErrors()).as(c.diagnostics().toString()).isFalse();
        assertThat(c.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING).allSatisfy(d ->
                assertThat(d.message()).containsAnyOf("'log' needs a value: 'enable' or 'disable'", "@SERIAL_"));
        assertThat(c.configVersion()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dmz-guest-lan-nat-pppoe-router.config.boot"})
    void realWorldIntent(String file) {
        Intent i = VyosConfig.parse(Configs.REALWORLD.resolve(file)).intent();
        assertThat(i.pppoe()).singleElement().satisfies(p -> {
            assertThat(p.sourceInterface()).contains("eth1.7");
            assertThat(p.defaultRoute()).isEqualTo(Intent.DefaultRoute.AUTO);
            assertThat(p.defaultRouteExplicit()).isTrue();
        });
        assertThat(i.destinationNat()).extracting(Intent.NatRule::number).containsExactly(100, 1000, 8000);
        assertThat(i.lans()).extracting(Intent.Lan::interfaceName).contains("eth0.10", "eth0.20");
        assertThat(i.firewalls()).hasSize(32);
        assertThat(i.unmodelled()).extracting(u -> u.path().get(0)).contains("zone-policy", "traffic-policy");
        assertThat(i.staticRoutes()).extracting(Intent.StaticRoute::blackhole).containsOnly(true);
        assertThat(List.copyOf(i.unmodelled())).isNotEmpty();
    }
}
