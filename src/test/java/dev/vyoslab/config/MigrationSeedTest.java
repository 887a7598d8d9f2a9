package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corrected seed migrated by VyOS's own scripts to 1.4 and rolling (python3 and {@code -Dvyoslab.vyos1x}, default
 * {@code ../shared/vyos-1x}; skipped with the reason without them), and what a migration says when something is
 * missing.
 */
class MigrationSeedTest {

    static MigrationResult migrate(VyosVersion to) {
        Path root = MigrationOracleTest.ROOT;
        assumeTrue(Vyos1xSources.complete(root.resolve(Vyos1xRef.of(to).folder())),
                "no vyos-1x sources for " + to.id() + " in " + root.toAbsolutePath() + " (-Dvyoslab.vyos1x)");
        return Migration.of(VyosVersion.V1_3, to, Vyos1xSources.offline(root)).run(Configs.CORRECTED);
    }

    @Test
    void toOneFourTheFirewallReturnsAndDhcpKeepsItsSyntax() {
        MigrationResult r = migrate(VyosVersion.V1_4);
        System.out.println("seed -> 1.4: " + r.applied().size() + " scripts in " + r.elapsed().toMillis() + " ms");
        assertThat(r.failed()).isEmpty();
        assertThat(r.missing()).as("files of the router's /config looked for").isEmpty();
        assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(30));
        assertThat(r.commands()).contains(
                // vyos-1x@1.4.0 src/migration-scripts/firewall/6-to-7..14-to-15: 'accept' in a named chain is 'return'
                "set firewall ipv4 name WAN_IN rule 10 action return\n",
                "set firewall ipv4 forward filter rule 5 jump-target WAN_IN\n",
                "set firewall ipv4 input filter rule 5 jump-target WAN_LOCAL\n",
                "set nat source rule 100 outbound-interface name tun0\n",
                "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 default-router 10.0.1.254\n",
                "set protocols static table 100 route 0.0.0.0/0 interface pppoe0\n");
        assertThat(r.bootText()).contains("// vyos-config-version: \"").contains("dhcp-server@8");
        assertThat(r.config().diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    @Test
    void toRollingDhcpHasOptionsAndDynamicDnsItsNewNames() {
        MigrationResult r = migrate(VyosVersion.ROLLING);
        System.out.println("seed -> rolling: " + r.applied().size() + " scripts in " + r.elapsed().toMillis() + " ms");
        assertThat(r.failed()).isEmpty();
        assertThat(r.commands()).contains(
                "set firewall ipv4 name WAN_IN rule 10 action return\n",
                "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 option default-router 10.0.1.254\n",
                "set service dhcp-server shared-network-name HOME-DHCP subnet 10.0.1.0/24 subnet-id 1\n",
                "set service dns dynamic name service-cloudflare-pppoe0 address interface pppoe0\n");
        assertThat(r.applied()).contains("firewall/14-to-15", "dhcp-server/8-to-9", "dns-dynamic/0-to-1");
    }

    @Test
    void withoutTheSourcesOfTheRefItSaysWhereToPutThem(@TempDir Path empty) {
        assertThatThrownBy(() -> Migration.of(VyosVersion.V1_3, VyosVersion.ROLLING, Vyos1xSources.offline(empty))
                .run(Configs.CORRECTED))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.reason())
                        .isEqualTo(MigrationException.Reason.NO_SOURCES))
                .hasMessageContaining(empty.resolve("current").toAbsolutePath().toString())
                .hasMessageContaining("3710c5879f5733d05aae6e156f74d62b73821b2d");
    }

    @Test
    void withoutPythonItSaysWhatToInstall(@TempDir Path empty) {
        String before = System.getProperty("vyoslab.python");
        System.setProperty("vyoslab.python", empty.resolve("no-python3").toString());
        try {
            assertThatThrownBy(() -> Migration.of(VyosVersion.V1_3, VyosVersion.V1_4, Vyos1xSources.offline(empty))
                    .run(Configs.CORRECTED))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.reason())
                            .isEqualTo(MigrationException.Reason.NO_PYTHON))
                    .hasMessageContaining("apt-get install python3");
        } finally {
            if (before == null) {
                System.clearProperty("vyoslab.python");
            } else {
                System.setProperty("vyoslab.python", before);
            }
        }
    }

    @Test
    void aSetFileIsWrittenAsTheConfigBootOneThreeFourSaves() {
        VyosConfig c = VyosConfig.parse(Configs.CORRECTED);
        String boot = BootWriter.write(c.tree(), VyosVersion.V1_3, ComponentVersions.oneThreeFour(), "1.3.4");
        assertThat(boot).contains("    ethernet eth0 {\n", "        address \"dhcpv6\"\n")
                .contains("// vyos-config-version: \"broadcast-relay@1:").contains("// Release version: 1.3.4\n");
        assertThat(VyosConfig.parse("boot", boot).tree()).isEqualTo(c.tree());
        // the footer VyOS 1.3.4 wrote (vyos-1x@1.4.0 smoketest/configs/ospf-simple, "Release version: 1.3.4")
        assertThat(ComponentVersions.oneThreeFour()).isEqualTo("broadcast-relay@1:cluster@1:config-management@1:"
                + "conntrack@3:conntrack-sync@2:container@1:dhcp-relay@2:dhcp-server@6:dhcpv6-server@1:dns-forwarding@3:"
                + "firewall@5:https@2:interfaces@22:ipoe-server@1:ipsec@5:isis@1:l2tp@3:lldp@1:mdns@1:nat@5:ntp@1:"
                + "pppoe-server@5:pptp@2:qos@1:quagga@8:rpki@1:salt@1:snmp@2:ssh@2:sstp@3:system@21:vrrp@2:"
                + "vyos-accel-ppp@2:wanloadbalance@3:webproxy@2:zone-policy@1");
    }

    @Test
    void onlyNewerReleasesAreTargets() {
        assertThatThrownBy(() -> Migration.of(VyosVersion.V1_4, VyosVersion.V1_3, Vyos1xSources.offline(Path.of("x"))))
                .isInstanceOf(MigrationException.class).hasMessageContaining("from an older release");
    }
}
