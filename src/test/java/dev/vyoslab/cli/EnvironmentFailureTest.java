package dev.vyoslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With no Docker answering, {@code check} and {@code clean} end within seconds with exit 3 and one line saying what
 * to do, no stack trace. The command runs as a child JVM whose DOCKER_HOST points at nothing: no Docker is touched.
 */
class EnvironmentFailureTest {

    @ParameterizedTest
    @ValueSource(strings = {"check examples/seed/corrected.conf", "clean"})
    void noDockerIsExit3InOneLine(String command) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> argv = new ArrayList<>(List.of(java.toString(),
                "-Dlogback.configurationFile=scripts/logback-cli.xml", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        argv.addAll(List.of(command.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().put("DOCKER_HOST", "unix:///nonexistent/docker.sock");
        // as scripts/vyos-lab sets them unless the user did
        pb.environment().putIfAbsent("TESTCONTAINERS_RYUK_DISABLED", "true");
        pb.environment().putIfAbsent("TESTCONTAINERS_CHECKS_DISABLE", "true");
        pb.environment().putIfAbsent("TESTCONTAINERS_HOST_OVERRIDE", "localhost");
        long t0 = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s ends", command).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.printf("[measure] %s without Docker: exit %d in %d ms%n", command, p.exitValue(), took.toMillis());
        assertThat(p.exitValue()).as("exit status of %s; output:%n%s", command, out).isEqualTo(3);
        assertThat(out).as("output of %s", command).contains("vyos-lab: ").contains("Docker is not available")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(took).as("time to fail").isLessThan(Duration.ofSeconds(30));
    }
}
