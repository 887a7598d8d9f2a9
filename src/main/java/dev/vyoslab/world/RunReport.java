package dev.vyoslab.world;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.check.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The three views of a run's results: the terminal table, a JUnit XML for CI, a Markdown report for people. Scenarios
 * have a section of their own: one row (and one JUnit test case) per step, timed from the fault before it.
 */
public final class RunReport {

    private RunReport() {
    }

    public static String table(List<CheckResult> results) {
        int w = Math.max(5, results.stream().mapToInt(r -> r.check().id().length()).max().orElse(5));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7s  %s%n",
                "check", "result", "seconds", "evidence"));
        for (CheckResult r : results) {
            s.append(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7.1f  %s%n", r.check().id(), status(r),
                    r.duration().toMillis() / 1000.0, r.passed() ? r.check().title() : evidence(r)));
        }
        return s.toString();
    }

    /** The scenarios' steps with the seconds since the fault before each (the time to recover), or why not run. */
    public static String scenarioTable(List<ScenarioResult> scenarios) {
        int w = Math.max(8, scenarios.stream().flatMap(sc -> sc.steps().stream())
                .mapToInt(st -> st.result().check().id().length()).max().orElse(8));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7s  %s%n",
                "scenario", "result", "s/fault", "evidence"));
        for (ScenarioResult sc : scenarios) {
            sc.notApplicable().ifPresent(why -> s.append(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7s  %s%n",
                    "scenario/" + sc.name(), "n/a", "-", why)));
            for (ScenarioResult.Step st : sc.steps()) {
                CheckResult r = st.result();
                s.append(String.format(Locale.ROOT, "%-" + w + "s  %-6s  %7.1f  %s%n", r.check().id(), status(r),
                        st.sinceFault().toMillis() / 1000.0, r.passed() ? r.check().title() : evidence(r)));
            }
        }
        return s.toString();
    }

    private static String status(CheckResult r) {
        return switch (r.status()) {
            case PASSED -> "pass";
            case FAILED -> "FAIL";
            case ERROR -> "error";
            case SKIPPED -> "skip";
        };
    }

    /** The line of a failure message that says most: why, else the evidence, else what was seen, else the first. */
    static String evidence(CheckResult r) {
        for (String label : List.of("why:", "evidence:", "seen:")) {
            Optional<String> line = r.message().lines().map(String::strip).filter(l -> l.startsWith(label)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
        }
        return r.message().lines().findFirst().orElse("");
    }

    static String junitXml(String suite, List<CheckResult> results, List<ScenarioResult> scenarios) {
        List<CheckResult> all = withSteps(results, scenarios);
        List<ScenarioResult> notApplicable = scenarios.stream().filter(sc -> sc.notApplicable().isPresent()).toList();
        long failures = all.stream().filter(r -> r.status() == CheckResult.Status.FAILED).count();
        long errors = all.stream().filter(r -> r.status() == CheckResult.Status.ERROR).count();
        long skipped = all.stream().filter(r -> r.status() == CheckResult.Status.SKIPPED).count() + notApplicable.size();
        double total = all.stream().mapToLong(r -> r.duration().toMillis()).sum() / 1000.0;
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append(String.format(Locale.ROOT, "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" "
                + "skipped=\"%d\" time=\"%.3f\">%n", xml(suite), all.size() + notApplicable.size(), failures, errors,
                skipped, total));
        for (CheckResult r : all) {
            s.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    xml(suite + "." + r.check().kind().name().toLowerCase(Locale.ROOT)),
                    xml(r.check().id() + ": " + r.check().title()), r.duration().toMillis() / 1000.0));
            if (r.passed()) {
                s.append("/>\n");
            } else if (r.status() == CheckResult.Status.SKIPPED) {
                s.append(">\n    <skipped message=\"").append(xml(r.message())).append("\"/>\n  </testcase>\n");
            } else {
                String tag = r.status() == CheckResult.Status.FAILED ? "failure" : "error";
                s.append(">\n    <").append(tag).append(" message=\"").append(xml(evidence(r))).append("\">")
                        .append(xml(r.message())).append("</").append(tag).append(">\n  </testcase>\n");
            }
        }
        for (ScenarioResult sc : notApplicable) {
            s.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"0\">%n"
                    + "    <skipped message=\"not applicable: %s\"/>%n  </testcase>%n", xml(suite + ".scenario"),
                    xml("scenario/" + sc.name() + ": " + sc.title()), xml(sc.notApplicable().get())));
        }
        return s.append("</testsuite>\n").toString();
    }

    static String markdown(String title, String header, List<CheckResult> results, List<ScenarioResult> scenarios) {
        StringBuilder s = new StringBuilder("# " + title + "\n\n" + header + "\n\n| check | result | seconds | claim |\n"
                + "| --- | --- | ---: | --- |\n");
        for (CheckResult r : results) {
            s.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %s |%n", r.check().id(), markdownStatus(r),
                    r.duration().toMillis() / 1000.0, cell(r.check().title())));
        }
        if (!scenarios.isEmpty()) {
            s.append("\n## Scenarios\n\n| step | result | seconds since the fault | what must hold |\n"
                    + "| --- | --- | ---: | --- |\n");
            for (ScenarioResult sc : scenarios) {
                sc.notApplicable().ifPresent(why -> s.append("| `scenario/").append(sc.name())
                        .append("` | not applicable | | ").append(cell(sc.title() + ": " + why)).append(" |\n"));
                for (ScenarioResult.Step st : sc.steps()) {
                    CheckResult r = st.result();
                    s.append(String.format(Locale.ROOT, "| `%s` | %s | %.1f | %s |%n", r.check().id(),
                            markdownStatus(r), st.sinceFault().toMillis() / 1000.0, cell(r.check().title())));
                }
            }
        }
        for (CheckResult r : withSteps(results, scenarios)) {
            if (!r.passed() && r.status() != CheckResult.Status.SKIPPED) {
                s.append("\n## `").append(r.check().id()).append("` (config line ").append(r.check().line())
                        .append(")\n\n```\n").append(r.message().strip()).append("\n```\n");
            }
        }
        return s.toString();
    }

    /** The checks' results, then every scenario step's. */
    private static List<CheckResult> withSteps(List<CheckResult> results, List<ScenarioResult> scenarios) {
        return Stream.concat(results.stream(), scenarios.stream().flatMap(sc -> sc.steps().stream())
                .map(ScenarioResult.Step::result)).toList();
    }

    private static String markdownStatus(CheckResult r) {
        return r.passed() ? "pass" : "**" + r.status().name().toLowerCase(Locale.ROOT) + "**";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    public static void write(Path dir, String suite, String header, List<CheckResult> results,
                             List<ScenarioResult> scenarios) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("TEST-vyos-lab.xml"), junitXml(suite, results, scenarios));
        Files.writeString(dir.resolve("report.md"), markdown("vyos-lab: " + suite, header, results, scenarios));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "");
    }
}
