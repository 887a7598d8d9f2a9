package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Migration;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.lab.Lab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Boots a real VyOS (opt-in: skipped with a one-line reason unless an ISO is configured, see {@link EnabledWithVyosIso}, {@link ItIso}), applies
 * configs over SSH and reads its state. Console logs and failure transcripts land in {@code target/vyos-lab/}.
 */
@EnabledWithVyosIso
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VyosRouterIT {

    private static final Path ARTIFACTS = Path.of("target", "vyos-lab", "VyosRouterIT");
    private static Lab lab;
    private static VyosRouter router;
    private static VyosVersion version;

    /** A VyOS ISO boot under TCG may use its whole 15-minute boot limit, on top of the lab's start. */
    @BeforeAll
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    static void boot() {
        VyosIso iso = ItIso.requireIso();
        version = ItIso.version();
        router = new VyosRouter("vyos", iso, version, ARTIFACTS).withBootTimeout(Duration.ofMinutes(15));
        lab = Lab.create();
        lab.add(router.node(lab.segment("mgmt"), lab.segment("wan"), lab.segment("lan")));
        lab.start();
        router.boot();
    }

    @AfterAll
    static void close() {
        if (router != null) {
            router.saveArtifacts(ARTIFACTS);
            router.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    /** A 1.3 config as the router's release has it: migrated by VyOS's own scripts when the router is newer. */
    private static VyosConfig forTheRouter(Path config) {
        return version == VyosVersion.V1_3 ? VyosConfig.parse(config)
                : Migration.of(VyosVersion.V1_3, version, Vyos1xSources.configured()).run(config).config();
    }

    @Test
    @Order(1)
    void reportsItsVersion() {
        ShowVersion v = router.showVersion();
        if (version == VyosVersion.V1_3) {
            assertThat(v.version()).startsWith("1.3");
        }
        assertThat(v.fields()).containsKey("Boot via");
    }

    @Test
    @Order(2)
    void appliesAValidConfigAndShowsTheLanAddress() {
        VyosConfig config = forTheRouter(Path.of("src/test/resources/dev/vyoslab/dut/vyos/it/lan.conf"));
        assertThat(router.apply(config)).isEmpty();
        router.awaitConverged(Duration.ofMinutes(2));
        assertThat(router.state().iface("eth1")).hasValueSatisfying(
                i -> assertThat(i.addresses()).contains("10.0.1.254/24"));
    }

    @Test
    @Order(3)
    void mapsACommitFailureToTheConfigLineAndLeavesNoSession() {
        VyosConfig config = forTheRouter(Path.of("src/test/resources/dev/vyoslab/dut/vyos/it/pppoe-without-source.conf"));
        List<Diagnostic> diagnostics = router.apply(config);
        assertThat(diagnostics).isNotEmpty().allSatisfy(d -> assertThat(d.line()).isPositive());
        // the previous config is still in force: nothing half-applied, no open session
        assertThat(router.state().iface("eth1")).hasValueSatisfying(
                i -> assertThat(i.addresses()).contains("10.0.1.254/24"));
    }
}
