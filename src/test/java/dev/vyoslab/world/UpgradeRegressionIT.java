package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.MigrationResult;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.junit.VyosLabTest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The negative control of an upgrade: a config whose migration changes what it does. VyOS 1.4's migration deletes
 * PPPoE's {@code default-route force} (vyos-1x@1.4.0 src/migration-scripts/interfaces/26-to-27), so the LAN, which
 * left by the PPPoE session on 1.3, leaves by the tunnel's static default on 1.4: its source NAT claim passes on 1.3
 * and fails on 1.4, the only regression, listed first, and the upgrade exits 1. On the seed's shared lab (its plan is
 * the seed's), with the negative controls: that chain of classes is shorter than {@link SeedScenariosIT}'s with
 * {@link SeedUpgradeIT} (fresh-clone CI of e82c27e: 483 s against 584 s before this class's 74 s).
 */
@Order(4)
@VyosLabTest(config = "examples/upgrade/pppoe-default-force.conf", lab = "examples/seed/corrected.conf")
class UpgradeRegressionIT {

    @Test
    void theDroppedForceIsTheOnlyPassToFailRowAndTheUpgradeExitsOne(LabRun run) {
        MigrationResult migration = ConfigMigration.runComplete(run.input().config(), VyosVersion.V1_4,
                Vyos1xSources.configured(), Optional.empty());
        UpgradeRun.Outcome o = UpgradeRun.onLab(run, VyosVersion.V1_4, migration,
                NegativeControls.watchingBroken(run.checks(), Set.of("snat/100")), r -> { });
        UpgradeComparison c = o.comparison();
        assertThat(c.regressions()).extracting(UpgradeComparison.Row::check).containsExactly("snat/100");
        assertThat(c.rows().get(0).check()).isEqualTo("snat/100");
        assertThat(c.rows()).filteredOn(r -> r.change() != UpgradeComparison.Change.REGRESSION)
                .allMatch(r -> r.change() == UpgradeComparison.Change.HOLDS);
        assertThat(c.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(c.table()).contains("pass -> FAIL");
        assertThat(o.migrated()).doesNotContain("pppoe0 default-route").contains("outbound-interface name pppoe0")
                .doesNotContain("lab-pppoe-secret");
    }
}
