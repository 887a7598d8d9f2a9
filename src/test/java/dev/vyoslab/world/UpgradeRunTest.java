package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.config.VyosVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an upgrade run settles before any lab starts (no Docker here): the input, then the migration. */
class UpgradeRunTest {

    private static UpgradeRun.Spec spec(String config, Path sources) {
        return new UpgradeRun.Spec(Path.of(config), VyosVersion.V1_3, VyosVersion.V1_4, DutChoice.reference(),
                DutChoice.reference(), Vyos1xSources.offline(sources), Optional.empty());
    }

    @Test
    void withoutTheSourcesOfTheTargetItExits2AtOnceSayingWhereToPutThem(@TempDir Path empty) {
        List<String> phases = new ArrayList<>();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> UpgradeRun.run(spec("examples/seed/corrected.conf", empty),
                (what, took) -> phases.add(what), r -> { }))
                .isInstanceOfSatisfying(RunFailure.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining(empty.resolve("1.4.0").toAbsolutePath().toString());
        assertThat(phases).as("nothing started").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aConfigWithErrorsStopsTheUpgradeBeforeItsMigration(@TempDir Path empty) {
        assertThatThrownBy(() -> UpgradeRun.run(spec("examples/seed/published.conf", empty), (w, t) -> { },
                r -> { })).isInstanceOfSatisfying(RunFailure.class, e -> assertThat(e.exitCode())
                .isEqualTo(ExitCode.BAD_INPUT)).hasMessageContaining("published.conf:7:37: error");
    }
}
