package dev.vyoslab.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.check.Await;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * A run killed with SIGINT (Ctrl-C) removes its containers, networks, bridge rules, QEMU and temporary directory
 * before its JVM exits, within {@link Lab#TEARDOWN_LIMIT}.
 */
class InterruptedRunIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test");
    /** The lab's teardown, plus the JVM's own start of shutdown and exit on a loaded machine. */
    private static final Duration EXIT_LIMIT = Lab.TEARDOWN_LIMIT.plusSeconds(15);
    private static final Pattern UP = Pattern.compile("lab-up run=(\\S+) dir=(\\S+)");
    /** A JVM that ends through its SIGINT handler exits 128 + 2. */
    private static final int EXIT_ON_SIGINT = 130;

    @Test
    void ctrlCTearsTheLabDown() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A JVM started with SIGINT ignored (inherited from a background job of a non-interactive shell, as some CI
        // runners start builds) keeps it ignored and never runs its shutdown hooks on Ctrl-C: reset it for the child.
        Process child = new ProcessBuilder("env", "--default-signal=INT", java.toString(),
                "-cp", System.getProperty("java.class.path"), LabHoldMain.class.getName())
                .redirectErrorStream(true).start();
        Output output = new Output(child.getInputStream());
        String runId = null;
        try {
            Matcher up = output.await("the held lab is up (child printed " + UP + ")", UP, Duration.ofMinutes(5),
                    child);
            runId = up.group(1);
            Path dir = Path.of(up.group(2));
            assertThat(sigintIgnored(child)).as("SIGINT ignored in the child").isFalse();
            assertThat(LabCleaner.leftovers(runId)).as("the held lab's containers and networks").isNotEmpty();
            List<Long> qemu = qemuPids(runId);
            assertThat(qemu).as("QEMU processes of run " + runId).isNotEmpty();

            long t0 = System.nanoTime();
            CommandResult kill = run("kill", "-INT", Long.toString(child.pid()));
            assertThat(kill.succeeded()).as("kill -INT: %s", kill.tail(3)).isTrue();
            Await.until("child JVM exits after SIGINT, its lab torn down", EXIT_LIMIT, List.of(),
                    () -> assertThat(child.isAlive()).as("child alive; output:%n%s", output.tail()).isFalse());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("[measure] SIGINT to child exit: {} ms", ms);

            assertThat(child.exitValue()).as("child's exit code; output:%n%s", output.tail()).isEqualTo(EXIT_ON_SIGINT);
            assertThat(output.text()).as("child's output: teardown ran to its end before the exit")
                    .contains("lab " + runId + " torn down in").doesNotContain("teardown gave up");
            assertThat(LabCleaner.leftovers(runId)).as("containers, networks and bridge rules of run " + runId)
                    .isEmpty();
            assertThat(qemu).as("QEMU processes of run " + runId + " still running")
                    .noneMatch(pid -> Files.exists(Path.of("/proc", Long.toString(pid))));
            assertThat(Files.exists(dir)).as("temporary directory " + dir).isFalse();
        } finally {
            child.destroyForcibly();
            if (runId != null) {
                LabCleaner.cleanRun(runId); // a failed run must not leave its lab to the next test class
            }
        }
    }

    /** The host pids of the run's containers' main processes: each microVM container execs QEMU. */
    private static List<Long> qemuPids(String runId) {
        var docker = DockerClientFactory.instance().client();
        return docker.listContainersCmd().withLabelFilter(Map.of(Lab.RUN_LABEL, runId)).exec().stream()
                .map(c -> docker.inspectContainerCmd(c.getId()).exec().getState().getPidLong())
                .filter(pid -> pid != null && cmdline(pid).contains("qemu-system"))
                .toList();
    }

    private static String cmdline(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean sigintIgnored(Process p) throws IOException {
        Optional<String> mask = Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).map(l -> l.substring(7).strip()).findFirst();
        return mask.map(m -> (Long.parseUnsignedLong(m, 16) & (1L << 1)) != 0).orElse(false);
    }

    private static CommandResult run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CommandResult("host", String.join(" ", argv), p.waitFor(), out, "");
    }

    /**
     * Everything the child prints, read all the time: a child whose stdout pipe is full blocks on its next log line,
     * which would look like a teardown that never ends.
     */
    private static final class Output {

        private final StringBuilder text = new StringBuilder();

        Output(InputStream in) {
            Thread pump = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (in) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        synchronized (text) {
                            text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        }
                    }
                } catch (IOException e) {
                    // the child ended; what it printed so far is kept
                }
            }, "child-output");
            pump.setDaemon(true);
            pump.start();
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }

        String tail() {
            String t = text();
            return t.substring(Math.max(0, t.length() - 3000));
        }

        /** Waits until a line matches; fails at once when the child exits first. */
        Matcher await(String alias, Pattern pattern, Duration limit, Process child) {
            ProbeHost childHost = new ProbeHost() {
                @Override
                public String name() {
                    return "child JVM " + child.pid();
                }

                @Override
                public CommandResult exec(String command) {
                    throw new UnsupportedOperationException("the child runs no commands");
                }

                @Override
                public boolean alive() {
                    return child.isAlive();
                }
            };
            Matcher[] found = new Matcher[1];
            try {
                Await.until(alias, limit, List.of(childHost), () -> {
                    Matcher m = pattern.matcher(text());
                    assertThat(m.find()).as("child's output so far:%n%s", tail()).isTrue();
                    found[0] = m;
                });
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n  child's output:\n" + tail(), e);
            }
            return found[0];
        }
    }
}
