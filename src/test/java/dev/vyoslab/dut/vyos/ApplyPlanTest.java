package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.VyosConfig;
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
        assertThat(plan.commands()).isEqualTo(SshBootstrap.managementCommands("eth2"));
        assertThat(plan.warnings()).extracting(Diagnostic::code).isEmpty();
    }
}
