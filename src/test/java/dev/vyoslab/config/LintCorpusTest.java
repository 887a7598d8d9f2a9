package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The linter against a corpus of lines VyOS 1.3.4 refuses ({@code corpus/broken-1.3.txt}: each must get an ERROR on
 * exactly its line) and of unusual lines it accepts ({@code corpus/valid-1.3.txt}: none may get an ERROR). Each
 * entry is linted as its own config; the files say where each rule comes from. Recall per category, every miss and
 * every false error go to target/lint-corpus-1.3-broken.txt and -valid.txt.
 */
class LintCorpusTest {

    /** One entry: its config lines, the 1-based index of the line that must be flagged (0: none), where it starts. */
    record Entry(String category, List<String> lines, int flagged, int fileLine) {

        String text() {
            return String.join("\n", lines) + "\n";
        }

        List<Diagnostic> errors() {
            return VyosConfig.parse("entry", text(), VyosVersion.V1_3).diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).toList();
        }
    }

    /**
     * Reads a corpus: entries separated by blank lines; '#' in column 0 is a corpus comment, '# category NAME' starts a
     * category; a line starting with '! ' is the one that must be flagged (the prefix is not config).
     */
    static List<Entry> read(String resource) throws IOException {
        List<String> file;
        try (InputStream in = LintCorpusTest.class.getResourceAsStream("corpus/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Entry> entries = new ArrayList<>();
        String category = "";
        List<String> lines = new ArrayList<>();
        int flagged = 0;
        int start = 0;
        for (int i = 0; i <= file.size(); i++) {
            String l = i < file.size() ? file.get(i) : "";
            if (l.isBlank()) {
                if (!lines.isEmpty()) {
                    entries.add(new Entry(category, List.copyOf(lines), flagged, start));
                }
                lines.clear();
                flagged = 0;
            } else if (l.startsWith("# category ")) {
                category = l.substring("# category ".length()).strip();
            } else if (!l.startsWith("#")) {
                if (lines.isEmpty()) {
                    start = i + 1;
                }
                if (l.startsWith("! ")) {
                    assertThat(flagged).as(resource + ":" + (i + 1) + ": one '! ' line per entry").isZero();
                    flagged = lines.size() + 1;
                    l = l.substring(2);
                }
                lines.add(l);
            }
        }
        return entries;
    }

    @Test
    void brokenLinesAreFlaggedAtTheirLine() throws IOException {
        List<Entry> entries = read("broken-1.3.txt");
        Map<String, int[]> recall = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Entry e : entries) {
            assertThat(e.flagged()).as("broken-1.3.txt:" + e.fileLine() + ": an entry without a '! ' line").isPositive();
            List<Diagnostic> errors = e.errors();
            int[] r = recall.computeIfAbsent(e.category(), c -> new int[2]);
            r[1]++;
            if (errors.stream().anyMatch(d -> d.line() == e.flagged())) {
                r[0]++;
            } else {
                misses.add("broken-1.3.txt:" + (e.fileLine() + e.flagged() - 1) + " [" + e.category() + "] "
                        + e.lines().get(e.flagged() - 1) + " -> " + (errors.isEmpty() ? "no error" : errors));
            }
        }
        int flagged = recall.values().stream().mapToInt(r -> r[0]).sum();
        StringBuilder report = new StringBuilder(String.format("broken: %d/%d flagged at their line (%.1f%%), %d categories%n",
                flagged, entries.size(), 100.0 * flagged / entries.size(), recall.size()));
        recall.forEach((c, r) -> report.append(String.format("  %-24s %3d/%3d%n", c, r[0], r[1])));
        report.append("misses: ").append(misses.size()).append('\n');
        misses.forEach(m -> report.append("  ").append(m).append('\n'));
        write("broken", report.toString());

        assertThat(entries).as("broken lines").hasSizeGreaterThanOrEqualTo(150);
        assertThat(recall).as("categories").hasSizeGreaterThanOrEqualTo(12);
        assertThat(flagged).as(report.toString()).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * entries.size()));
    }

    @Test
    void unusualValidLinesGetNoError() throws IOException {
        List<Entry> entries = read("valid-1.3.txt");
        List<String> falseErrors = new ArrayList<>();
        int lines = 0;
        for (Entry e : entries) {
            assertThat(e.flagged()).as("valid-1.3.txt:" + e.fileLine() + ": a '! ' line in the valid corpus").isZero();
            lines += e.lines().size();
            for (Diagnostic d : e.errors()) {
                int at = d.line() > 0 ? e.fileLine() + d.line() - 1 : e.fileLine();
                falseErrors.add("valid-1.3.txt:" + at + " [" + e.category() + "] " + d.message());
            }
        }
        String report = "valid: " + lines + " lines in " + entries.size() + " entries, " + falseErrors.size()
                + " false errors\n" + String.join("\n", falseErrors);
        write("valid", report + "\n");

        assertThat(lines).as("valid lines").isGreaterThanOrEqualTo(50);
        assertThat(falseErrors).as(report).isEmpty();
    }

    private static void write(String part, String report) throws IOException {
        Path out = Path.of("target", "lint-corpus-1.3-" + part + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.print(report);
    }
}
