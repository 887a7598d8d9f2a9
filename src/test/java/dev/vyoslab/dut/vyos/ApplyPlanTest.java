package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Migration;
import dev.vyoslab.config.MigrationResult;
import dev.vyoslab.config.SharedVyosSources;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an apply sends: set commands on the base config, or a whole config.boot for VyOS to migrate. */
class ApplyPlanTest {

    @Test
    void setCommandsGoOnTheBaseConfigWithoutTheUsersHwId() {
        VyosConfig config = VyosConfig.parse("home.conf", """
                set interfaces ethernet eth0 hw-id '00:11:22:33:44:55'
                set interfaces ethernet eth1 address '10.0.1.254/24'
                """);
        ApplyPlan plan = ApplyPlan.of(config, "eth2");
        assertThat(plan.loadsWholeConfig()).isFalse();
        assertThat(plan.start()).isEqualTo(new ConfigScript.LoadFile(SshBootstrap.BASE_CONFIG));
        assertThat(plan.commands()).extracting(SetCommand::path)
                .containsExactly(List.of("interfaces", "ethernet", "eth1", "address", "10.0.1.254/24"));
        assertThat(plan.warnings()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("vyos-hw-id-dropped");
            assertThat(d.line()).isEqualTo(1);
        });
    }

    @Test
    void aConfigBootWithAVersionFooterIsLoadedWholeSoVyosMigratesIt() {
        String boot = """
                interfaces {
                    ethernet eth0 {
                        address dhcp
                        hw-id 00:11:22:33:44:55
                    }
                }
                system {
                    host-name vyos
                }
                // Warning: Do not remove the following line.
                // vyos-config-version: "interfaces@22:system@21"
                // Release version: 1.3.4
                """;
        VyosConfig config = VyosConfig.parse("config.boot", boot);
        assertThat(config.configVersion()).isPresent();
        ApplyPlan plan = ApplyPlan.of(config, "eth2");
        assertThat(plan.loadsWholeConfig()).isTrue();
        assertThat(plan.start()).isEqualTo(new ConfigScript.MigrateAndLoad(boot));
        assertThat(plan.deletes()).containsExactly(List.of("interfaces", "ethernet", "eth0", "hw-id"));
        assertThat(plan.commands()).isEqualTo(SshBootstrap.managementCommands("eth2", true));
        assertThat(plan.warnings()).extracting(Diagnostic::code).isEmpty();
    }

    @Test
    void sshdStaysOnTheManagementAddressUnlessTheConfigEnablesSshEverywhere() {
        List<String> listen = List.of("service", "ssh", "listen-address", "10.0.2.15");
        ApplyPlan none = ApplyPlan.of(VyosConfig.parse("a.conf", "set interfaces ethernet eth1 address '10.0.1.254/24'\n"),
                "eth2");
        assertThat(none.deletes()).isEmpty();
        assertThat(SshBootstrap.managementCommands("eth2", true)).extracting(SetCommand::path).contains(listen);

        ApplyPlan everywhere = ApplyPlan.of(VyosConfig.parse("b.conf", "set service ssh port '22'\n"), "eth2");
        assertThat(everywhere.deletes()).containsExactly(listen);

        ApplyPlan ownAddress = ApplyPlan.of(VyosConfig.parse("c.conf", """
                set interfaces ethernet eth1 address '10.0.1.254/24'
                set service ssh listen-address '10.0.1.254'
                """), "eth2");
        assertThat(ownAddress.deletes()).isEmpty();
        assertThat(SshBootstrap.managementCommands("eth2", false)).extracting(SetCommand::path).doesNotContain(listen);
    }

    /**
     * An upgrade on VyOS: the new release gets the config.boot the old one saves, footer and all, and loads it whole,
     * so its own migration rewrites it (python3 and the shared vyos-1x sources; skipped with the reason without).
     */
    @Test
    void anUpgradesNewReleaseLoadsTheConfigBootTheOldReleaseSaves() {
        Path root = SharedVyosSources.root();
        assumeTrue(Files.isDirectory(root.resolve("1.4.0")),
                "no vyos-1x sources for 1.4 in " + root.toAbsolutePath() + " (-Dvyoslab.vyos1x)");
        MigrationResult migration = Migration.of(VyosVersion.V1_3, VyosVersion.V1_4, Vyos1xSources.offline(root))
                .run(Path.of("examples/seed/corrected.conf"));
        VyosConfig saved = VyosConfig.parse("corrected.conf", migration.savedBoot(), VyosVersion.V1_4);
        assertThat(saved.configVersion()).hasValueSatisfying(v -> assertThat(v).contains("firewall@5"));
        ApplyPlan plan = ApplyPlan.of(saved, "eth2");
        assertThat(plan.loadsWholeConfig()).isTrue();
        assertThat(((ConfigScript.MigrateAndLoad) plan.start()).configBoot()).contains("firewall {")
                .contains("name WAN_IN {");
    }
}
