package dev.vyoslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.lab.LabCleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two {@code vyos-lab check} processes started at the same moment, as a user with several configs would: the
 * variant (a design the code was not written for) and a branch office made from it (other account, port forward,
 * clamp and host name on the same subnets) pass every check and exit 0. The labs come up side by side with the same
 * lab subnets (each with Docker subnets of its own), and neither leaves a container, network, bridge rule or
 * temporary directory. (A config the router refuses: RefusedConfigIT on the run path, MainTest for its exit 2.)
 */
class ConcurrentChecksIT {

    private static final Path REPORTS = Path.of("target", "vyos-lab", "ConcurrentChecksIT");
    private static final Pattern LAB_UP = Pattern.compile("lab (\\w{8}) up \\(");
    private static final Pattern PASSED = Pattern.compile("tests=\"(\\d+)\" failures=\"0\" errors=\"0\"");
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final String VARIANT = "examples/variant/home-office.conf";

    record Check(String config, Path report, Path output, Process process) {
        String text() throws IOException {
            return Files.readString(output, StandardCharsets.UTF_8);
        }
    }

    @Test
    void checksStartedTogetherEachExitAsTheirConfigDeservesAndLeaveNothing() throws Exception {
        Files.createDirectories(REPORTS);
        String variant = Files.readString(Path.of(VARIANT));
        Path branch = Files.writeString(REPORTS.resolve("branch-office.conf"), variant
                .replace("office@example.net", "branch@example.net").replace("office-pppoe-secret", "branch-secret")
                .replace("destination port 8443", "destination port 9443").replace("tcp-mss 1380", "tcp-mss 1360")
                .replace("host-name office.example.org", "host-name branch.example.org"));
        List<Check> checks = new ArrayList<>();
        checks.add(start(VARIANT));
        checks.add(start(branch.toString()));
        long t0 = System.nanoTime();
        try {
            for (Check c : checks) {
                assertThat(c.process().waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("%s ends within %s", c.config(),
                        LIMIT).isTrue();
            }
            System.out.printf("[measure] two concurrent checks done in %d s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
            for (Check c : checks) {
                String out = c.text();
                assertThat(c.process().exitValue()).as("exit status of check %s; output:%n%s", c.config(), out)
                        .isZero();
                assertThat(out).as("output of %s", c.config()).doesNotContain("\tat ")
                        .containsPattern("lab memory: \\d+ MiB");
                Matcher passed = PASSED.matcher(Files.readString(c.report().resolve("TEST-vyos-lab.xml")));
                assertThat(passed.find()).as("JUnit report of %s says every check passed", c.config()).isTrue();
                assertThat(Integer.parseInt(passed.group(1))).as("checks of %s", c.config()).isGreaterThan(5);
                Matcher up = LAB_UP.matcher(out);
                assertThat(up.find()).as("%s names its lab", c.config()).isTrue();
                String runId = up.group(1);
                assertThat(LabCleaner.leftovers(runId)).as("what lab %s of %s left", runId, c.config()).isEmpty();
                try (var dirs = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                        "vyos-lab-" + runId + "-*")) {
                    assertThat(dirs.iterator().hasNext()).as("temporary directory of lab %s", runId).isFalse();
                }
            }
        } finally {
            checks.forEach(c -> c.process().destroyForcibly());
        }
    }

    private static Check start(String config) throws IOException {
        String name = Path.of(config).getFileName().toString();
        Path report = REPORTS.resolve(name + ".report");
        Files.createDirectories(report);
        Path output = REPORTS.resolve(name + ".out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the command line's own logging, as scripts/vyos-lab sets it: what a user sees
        Process p = new ProcessBuilder(java.toString(), "-Dlogback.configurationFile=scripts/logback-cli.xml",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "check", config, "--report", report.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Check(config, report, output, p);
    }
}
