package dev.vyoslab.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.vyoslab.lab.LabCleaner;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A run killed with SIGINT (Ctrl-C) removes its containers, networks, QEMU and temporary directory. */
class InterruptedRunIT {

    @Test
    void ctrlCTearsTheLabDown() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LabHoldMain.class.getName()).redirectErrorStream(true).start();
        try {
            Matcher up = awaitLine(child, Pattern.compile("lab-up run=(\\S+) dir=(\\S+)"), Duration.ofMinutes(5));
            String runId = up.group(1);
            Path dir = Path.of(up.group(2));
            assertThat(LabCleaner.leftovers(runId)).as("the held lab is up").isNotEmpty();

            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child exits after SIGINT").isTrue();

            await("leftovers of run " + runId).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(LabCleaner.leftovers(runId)).isEmpty());
            assertThat(Files.exists(dir)).as("temporary directory " + dir).isFalse();
        } finally {
            child.destroyForcibly();
        }
    }

    private static Matcher awaitLine(Process p, Pattern pattern, Duration timeout) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("child never printed " + pattern + "; output:\n" + seen);
    }
}
