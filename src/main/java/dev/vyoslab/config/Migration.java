package dev.vyoslab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Migrates a config from one release to a newer one with VyOS's own migration scripts, off the router: vyos-1x's
 * {@code src/migration-scripts} of the target ref run under python3, in the order that ref's runner uses, with
 * vyos-lab's stand-in for {@code vyos.configtree} (the real one needs VyOS's native library). A config.boot's version
 * footer decides which scripts run; a set-command file gets the footer its release saves.
 *
 * <pre>{@code MigrationResult r = Migration.of(VyosVersion.V1_3, VyosVersion.ROLLING, Vyos1xSources.configured())
 *         .run(Path.of("config.boot"));}</pre>
 */
public final class Migration {

    private static final String[] RUNNER = {"migrate.py", "configtree.py"};

    /**
     * What the scripts that ask the router's own NICs (vyos-1x interfaces/20-to-21: which offloads the driver has
     * on or fixed) are told off the router.
     */
    public enum Nics {
        /** The router's NICs are not here: those scripts change nothing (the default). */
        ABSENT("absent"),
        /** The virtual NICs of VyOS's smoketest VM, as vyos-1x smoketest/config-tests show them (the oracle's). */
        SMOKETEST_VM("smoketest");

        private final String arg;

        Nics(String arg) {
            this.arg = arg;
        }
    }

    private final VyosVersion from;
    private final VyosVersion to;
    private final Vyos1xSources sources;
    private Duration timeLimit = Duration.ofMinutes(2);
    private Nics nics = Nics.ABSENT;
    private Path routerFiles;

    private Migration(VyosVersion from, VyosVersion to, Vyos1xSources sources) {
        this.from = from;
        this.to = to;
        this.sources = sources;
    }

    public static Migration of(VyosVersion from, VyosVersion to, Vyos1xSources sources) {
        if (from.compareTo(to) >= 0) {
            throw new MigrationException(MigrationException.Reason.BAD_INPUT, "a migration goes from an older release"
                    + " to a newer one, not from " + from.id() + " to " + to.id());
        }
        return new Migration(from, to, sources);
    }

    /** How long the scripts may take together (default 2 minutes; a preview takes about a second). */
    public Migration withTimeLimit(Duration limit) {
        this.timeLimit = limit;
        return this;
    }

    public Migration withNics(Nics nics) {
        this.nics = nics;
        return this;
    }

    /**
     * A copy of the router's {@code /config}: the key and certificate files that the scripts move into the config
     * (vyos-1x@1.4.0 src/migration-scripts/interfaces/25-to-26: openvpn, wireguard, eapol; rpki/1-to-2;
     * ipsec/6-to-7; openconnect/0-to-1). The scripts work on a copy, so {@code folder} is left as it is. Without it
     * they find an empty {@code /config}, never this machine's own, and say what they could not move
     * ({@link MigrationResult#said()}).
     */
    public Migration withRouterFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new MigrationException(MigrationException.Reason.BAD_INPUT, folder + ": no such folder (the"
                    + " router's /config, copied off it: scp -r vyos@ROUTER:/config DIR)");
        }
        this.routerFiles = folder;
        return this;
    }

    public MigrationResult run(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return run(name, Files.readString(file));
        } catch (IOException e) {
            throw new MigrationException(MigrationException.Reason.BAD_INPUT, "cannot read " + file + ": " + e);
        }
    }

    /** Migrates {@code text} (set commands or a config.boot); {@code name} names it in diagnostics. */
    public MigrationResult run(String name, String text) {
        long start = System.nanoTime();
        VyosConfig input = VyosConfig.parse(name, text, from);
        boolean boot = FormDetector.isBoot(text);
        // a config.boot goes to the scripts as VyOS would load it (its footer, not --from, decides); a set file
        // becomes one, so it must be a valid config of its release
        if (!boot && input.hasErrors()) {
            throw new MigrationException(MigrationException.Reason.BAD_INPUT, name + " has errors as a " + from.id()
                    + " config (vyos-lab lint " + name + " --vyos " + from.id() + " lists them):\n  "
                    + String.join("\n  ", input.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(d -> input.mask(d.toString())).toList()));
        }
        String python = Python3.executable();
        Path scripts = sources.folder(Vyos1xRef.of(to)).toAbsolutePath().normalize();
        String bootText = boot ? text
                : BootWriter.write(input.tree(), from, ComponentVersions.footer(from, sources), from.treeRelease());
        Path work = null;
        try {
            work = Files.createTempDirectory("vyoslab-migrate");
            for (String r : RUNNER) {
                try (InputStream in = Migration.class.getResourceAsStream("migration/" + r)) {
                    Files.copy(in, work.resolve(r));
                }
            }
            Files.writeString(work.resolve("in.boot"), bootText);
            copyRouterFiles(work.resolve("config"));
            JsonNode report = runner(python, scripts, work, input);
            String migrated = Files.readString(work.resolve("out.boot"));
            String label = name + " (migrated to " + to.id() + ")";
            List<List<String>> lines = new ArrayList<>();
            for (Command c : BootReader.read(migrated, new Diagnostics(label)).commands()) {
                lines.add(c.words().stream().map(Word::text).toList());
            }
            List<MigrationResult.ScriptFailure> failed = new ArrayList<>();
            report.path("failed").forEach(f -> failed.add(new MigrationResult.ScriptFailure(f.path("script").asText(),
                    input.mask(f.path("error").asText()))));
            List<MigrationResult.ScriptNote> said = new ArrayList<>();
            report.path("said").forEach(n -> said.add(new MigrationResult.ScriptNote(n.path("script").asText(),
                    input.mask(n.path("text").asText()))));
            return new MigrationResult(VyosConfig.parse(label, migrated, to), migrated, lines,
                    texts(report.path("applied")), failed, said, texts(report.path("missing")),
                    texts(report.path("absent")),
                    Duration.ofNanos(System.nanoTime() - start), bootText);
        } catch (IOException e) {
            throw new MigrationException(MigrationException.Reason.FAILED, "migrating " + name + " failed: " + e);
        } finally {
            delete(work);
        }
    }

    private JsonNode runner(String python, Path scripts, Path work, VyosConfig input) throws IOException {
        Process p = new ProcessBuilder(python, work.resolve("migrate.py").toString(), scripts.toString(),
                work.resolve("in.boot").toString(), work.resolve("out.boot").toString(), nics.arg,
                work.resolve("config").toString())
                .directory(work.toFile())
                .redirectOutput(work.resolve("report.json").toFile())
                .redirectError(work.resolve("stderr.txt").toFile())
                .start();
        try {
            if (!p.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new MigrationException(MigrationException.Reason.FAILED, "the migration scripts of "
                        + scripts.getFileName() + " ran past their time limit of " + timeLimit.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MigrationException(MigrationException.Reason.FAILED, "the migration was interrupted");
        }
        if (p.exitValue() != 0) {
            List<String> err = Files.readAllLines(work.resolve("stderr.txt"));
            throw new MigrationException(MigrationException.Reason.FAILED, python + " migrate.py " + scripts
                    + " exited " + p.exitValue() + ":\n  " + input.mask(String.join("\n  ",
                    err.subList(Math.max(0, err.size() - 8), err.size()))));
        }
        return new ObjectMapper().readTree(Files.readString(work.resolve("report.json"), StandardCharsets.UTF_8));
    }

    private void copyRouterFiles(Path target) throws IOException {
        Files.createDirectories(target);
        if (routerFiles == null) {
            return;
        }
        Path root = routerFiles.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.toList()) {
                Path to = target.resolve(root.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (Files.isRegularFile(f)) {
                    Files.copy(f, to);
                }
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
