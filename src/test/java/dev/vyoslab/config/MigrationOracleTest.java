package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VyOS's own expected migration output as the oracle: for every pair of vyos-1x {@code smoketest/configs/X} and
 * {@code smoketest/config-tests/X} at 1.4.0 and current, the migrated config's set lines against VyOS's. Runs python3
 * on the folder given by {@code -Dvyoslab.vyos1x} (default {@code ../shared/vyos-1x}); skipped with the reason when
 * it is absent. Every pair that differs is listed in {@link #KNOWN} with its cause; a new difference, or a listed
 * one that went away, fails.
 */
class MigrationOracleTest {

    static final Path ROOT = Path.of(System.getProperty("vyoslab.vyos1x", "../shared/vyos-1x"));

    /** ref/pair -> the cause of its difference. */
    static final Map<String, String> KNOWN = Map.ofEntries();

    /** About a second per pair. */
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @ParameterizedTest(name = "{0}")
    @CsvSource({"1.4.0, V1_4", "current, ROLLING"})
    void everyPairAgreesWithVyosOrItsDifferenceIsKnown(String ref, VyosVersion target) throws IOException {
        Path dir = ROOT.resolve(ref);
        assumeTrue(Vyos1xSources.complete(dir) && Files.isDirectory(dir.resolve("smoketest/config-tests")),
                "no vyos-1x " + ref + " sources with smoketest/config-tests in " + ROOT.toAbsolutePath()
                        + " (-Dvyoslab.vyos1x)");
        Migration migration = Migration.of(VyosVersion.V1_3, target, Vyos1xSources.offline(ROOT))
                .withNics(Migration.Nics.SMOKETEST_VM);
        Map<String, String> differ = new TreeMap<>();
        int pairs = 0;
        int exact = 0;
        int contained = 0;
        for (Path expected : list(dir.resolve("smoketest/config-tests"))) {
            String name = expected.getFileName().toString();
            pairs++;
            MigrationResult r = migration.run(dir.resolve("smoketest/configs").resolve(name));
            Set<List<String>> want = expectedLines(Files.readString(expected));
            Set<List<String>> got = new LinkedHashSet<>(r.lines());
            Set<List<String>> missing = new LinkedHashSet<>(want);
            missing.removeAll(got);
            Set<List<String>> extra = new LinkedHashSet<>(got);
            extra.removeAll(want);
            if (missing.isEmpty()) {
                contained++;
            }
            if (missing.isEmpty() && extra.isEmpty()) {
                exact++;
                continue;
            }
            differ.put(ref + "/" + name, "missing " + missing.size() + " " + sample(missing) + "; extra "
                    + extra.size() + " " + sample(extra) + (r.failed().isEmpty() ? "" : "; failed " + r.failed()));
        }
        System.out.printf("vyos-1x %s: %d pairs, %d exact, %d with every expected line (VyOS's own assertIn)%n",
                ref, pairs, exact, contained);
        differ.forEach((k, v) -> System.out.println("  " + k + ": " + v + "\n    cause: " + KNOWN.getOrDefault(k, "?")));
        Set<String> knownHere = new TreeMap<>(KNOWN).keySet().stream().filter(k -> k.startsWith(ref + "/"))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(differ.keySet()).as("pairs that differ from VyOS's expected lines").isEqualTo(knownHere);
    }

    static Set<List<String>> expectedLines(String text) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (Command c : SetScriptReader.read(text, new Diagnostics("expected"))) {
            out.add(c.words().stream().map(Word::text).toList());
        }
        return out;
    }

    private static String sample(Set<List<String>> lines) {
        List<String> s = new ArrayList<>();
        for (List<String> l : lines) {
            if (s.size() == 3) {
                s.add("…");
                break;
            }
            String t = String.join(" ", l);
            s.add(t.length() > 110 ? t.substring(0, 110) + "…" : t);
        }
        return s.toString();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
