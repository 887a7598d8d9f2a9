package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.DerivedChecks;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.SharedVyosSources;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The corrected seed migrated by VyOS's own scripts (python3 and the shared vyos-1x sources; skipped with the reason
 * without them) reads, in the target's syntax, as the same world: every path modelled, the same lab, the same claims,
 * and the firewall's 1.3 accept as 1.4's return, in the base chains' order.
 */
class MigratedSeedIntentTest {

    private static final Path SEED = Path.of("examples/seed/corrected.conf");

    private static VyosConfig migrated(VyosVersion to) {
        Path root = SharedVyosSources.root();
        String folder = to == VyosVersion.V1_4 ? "1.4.0" : "current";
        assumeTrue(Files.isDirectory(root.resolve(folder).resolve("src/migration-scripts")),
                "no vyos-1x sources for " + to.id() + " in " + root.toAbsolutePath() + " (-Dvyoslab.vyos1x)");
        return ConfigMigration.runComplete(VyosConfig.parse(SEED), to, Vyos1xSources.offline(root),
                Optional.empty()).config();
    }

    @ParameterizedTest
    @EnumSource(value = VyosVersion.class, names = {"V1_4", "ROLLING"})
    void theMigratedSeedIsTheSameWorldInTheTargetsSyntax(VyosVersion to) {
        Intent before = VyosConfig.parse(SEED).intent();
        VyosConfig after = migrated(to);
        Intent intent = after.intent();
        assertThat(intent.unmodelled()).as("paths of the migrated %s config the intent does not read", to.id())
                .isEmpty();
        assertThat(LabPlan.from(intent)).isEqualTo(LabPlan.from(before));
        assertThat(DerivedChecks.from(intent, null).stream().map(Check::toString))
                .containsExactlyElementsOf(DerivedChecks.from(before, null).stream().map(Check::toString).toList());
        assertThat(intent.firewallAttachments()).extracting(a -> a.interfaceName() + " " + a.direction() + " "
                + a.ruleset()).containsExactly("pppoe0 IN WAN_IN", "pppoe0 OUT LAN_OUT", "pppoe0 LOCAL WAN_LOCAL");
        assertThat(intent.firewall("WAN_IN").orElseThrow().rules()).extracting(Intent.FirewallRule::action)
                .containsExactly(Intent.Action.RETURN, Intent.Action.DROP, Intent.Action.RETURN);
        assertThat(intent.firewall("LAN_OUT").orElseThrow().defaultAction()).isEqualTo(Intent.Action.RETURN);
        assertThat(intent.policyRoutes().get(0).interfaces()).containsExactly("eth1");
        assertThat(intent.dynamicDns()).extracting(Intent.DynamicDns::protocol)
                .containsExactlyElementsOf(before.dynamicDns().stream().map(Intent.DynamicDns::protocol).toList());
    }
}
