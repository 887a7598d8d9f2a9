package dev.vyoslab.world;

import dev.vyoslab.check.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The three views of a run's results: the terminal table, a JUnit XML for CI, a Markdown report for people. */
public final class RunReport {

    private RunReport() {
    }

    public static String table(List<CheckResult> results) {
        int w = Math.max(5, results.stream().mapToInt(r -> r.check().id().length()).max().orElse(5));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7s  %s%n",
                "check", "result", "seconds", "evidence"));
        for (CheckResult r : results) {
            s.append(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7.1f  %s%n", r.check().id(),
                    r.status().name().toLowerCase(Locale.ROOT).replace("passed", "pass").replace("failed", "FAIL"),
                    r.duration().toMillis() / 1000.0, r.passed() ? r.check().title() : evidence(r)));
        }
        return s.toString();
    }

    /** The evidence line of a failure message, or its first line. */
    static String evidence(CheckResult r) {
        return r.message().lines().map(String::strip).filter(l -> l.startsWith("evidence:")).findFirst()
                .orElse(r.message().lines().map(String::strip).filter(l -> l.startsWith("seen:")).findFirst()
                        .orElse(r.message().lines().findFirst().orElse("")));
    }

    static String junitXml(String suite, List<CheckResult> results) {
        long failures = results.stream().filter(r -> r.status() == CheckResult.Status.FAILED).count();
        long errors = results.stream().filter(r -> r.status() == CheckResult.Status.ERROR).count();
        double total = results.stream().mapToLong(r -> r.duration().toMillis()).sum() / 1000.0;
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" "
                + "time=\"%.3f\">%n", xml(suite), results.size(), failures, errors, total));
        for (CheckResult r : results) {
            s.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    xml(suite + "." + r.check().kind().name().toLowerCase(Locale.ROOT)),
                    xml(r.check().id() + ": " + r.check().title()), r.duration().toMillis() / 1000.0));
            if (r.passed()) {
                s.append("/>\n");
            } else {
                String tag = r.status() == CheckResult.Status.FAILED ? "failure" : "error";
                s.append(">\n    <").append(tag).append(" message=\"").append(xml(evidence(r))).append("\">")
                        .append(xml(r.message())).append("</").append(tag).append(">\n  </testcase>\n");
            }
        }
        return s.append("</testsuite>\n").toString();
    }

    static String markdown(String title, String header, List<CheckResult> results) {
        StringBuilder s = new StringBuilder("# " + title + "\n\n" + header + "\n\n| check | result | seconds | claim |\n"
                + "| --- | --- | ---: | --- |\n");
        for (CheckResult r : results) {
            s.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %s |%n", r.check().id(),
                    r.passed() ? "pass" : "**" + r.status().name().toLowerCase(Locale.ROOT) + "**",
                    r.duration().toMillis() / 1000.0, r.check().title().replace("|", "\\|")));
        }
        for (CheckResult r : results) {
            if (!r.passed()) {
                s.append("\n## `").append(r.check().id()).append("` (config line ").append(r.check().line())
                        .append(")\n\n```\n").append(r.message().strip()).append("\n```\n");
            }
        }
        return s.toString();
    }

    public static void write(Path dir, String suite, String header, List<CheckResult> results) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("TEST-vyos-lab.xml"), junitXml(suite, results));
        Files.writeString(dir.resolve("report.md"), markdown("vyos-lab: " + suite, header, results));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "");
    }
}
