package dev.vyoslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.world.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code vyos-lab build-iso} on a machine that cannot reach the vyos-build image (no registry here) fails within
 * seconds, as bad environment, with the explanation and the ways out; it does not hang.
 */
class BuildIsoIT {

    @Test
    void withoutNetworkItFailsFastAndExplains() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of("build-iso"));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String message = err.toString(StandardCharsets.UTF_8);
        System.out.printf("[measure] build-iso without network failed in %d ms%n", took.toMillis());
        assertThat(code).as("exit code; stderr:%n%s", message).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(took).as("time to fail").isLessThan(Duration.ofSeconds(60));
        assertThat(message).contains("could not reach the network").contains("Ways out").contains("mirror")
                .contains("ISO you already have").contains("rolling");
    }
}
