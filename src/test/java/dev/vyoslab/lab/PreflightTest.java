package dev.vyoslab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Supplier<Optional<String>> ANSWERS = Optional::empty;

    @TempDir
    Path dir;

    @Test
    void dockerNotRunningIsOneClearSentence() {
        assertThatThrownBy(() -> new Preflight(() -> Optional.of("nothing answers at unix:///x.sock"), LIMIT, dir).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageStartingWith("Docker is not available: nothing answers at unix:///x.sock")
                .hasMessageContaining("docker info")
                .hasMessageContaining("DOCKER_HOST")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDaemonThatNeverAnswersFailsAtTheLimit() {
        CountDownLatch never = new CountDownLatch(1);
        Supplier<Optional<String>> hangs = () -> {
            try {
                never.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        };
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> new Preflight(hangs, Duration.ofMillis(300), dir).requireDockerAnswers())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("did not answer within 0.3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("time to give up").isLessThan(LIMIT);
        never.countDown();
    }

    @Test
    void aFailingProbeIsReportedAsDockerNotAvailable() {
        Supplier<Optional<String>> throwing = () -> {
            throw new IllegalStateException("Could not find a valid Docker environment");
        };
        assertThatThrownBy(() -> new Preflight(throwing, LIMIT, dir).requireDockerAnswers())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("Could not find a valid Docker environment");
    }

    @Test
    void missingTunDeviceIsNamed() {
        assertThatThrownBy(() -> new Preflight(ANSWERS, LIMIT, dir.resolve("tun")).run())
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("tun is missing")
                .hasMessageContaining("modprobe tun");
    }

    @Test
    void aReadyMachinePasses() throws Exception {
        Path tun = Files.createFile(dir.resolve("tun"));
        assertThatCode(() -> new Preflight(ANSWERS, LIMIT, tun).run()).doesNotThrowAnyException();
    }
}
