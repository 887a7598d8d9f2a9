package dev.vyoslab.world;

import dev.vyoslab.check.CheckResult;
import dev.vyoslab.config.VyosVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The same claims on the old release and on the new: one row per check, regressions (pass, then fail) first. A check
 * the new run has no result for (its router never converged, say) did not pass there.
 */
public record UpgradeComparison(VyosVersion from, VyosVersion to, List<Row> rows) {

    /** In the order rows are printed. */
    public enum Change {
        REGRESSION("pass -> FAIL"), STILL_FAILING("FAIL -> FAIL"), FIXED("FAIL -> pass"), HOLDS("pass -> pass");

        private final String label;

        Change(String label) {
            this.label = label;
        }
    }

    public record Row(String check, String title, Optional<CheckResult> before, Optional<CheckResult> after) {

        public Change change() {
            boolean was = before.filter(CheckResult::passed).isPresent();
            boolean is = after.filter(CheckResult::passed).isPresent();
            return was ? is ? Change.HOLDS : Change.REGRESSION : is ? Change.FIXED : Change.STILL_FAILING;
        }

        /** Why the new run failed it: its evidence, or that it did not run there. */
        String afterEvidence() {
            return after.map(r -> r.passed() ? "" : RunReport.evidence(r)).orElse("not run on the new release");
        }
    }

    public UpgradeComparison {
        rows = List.copyOf(rows);
    }

    public static UpgradeComparison of(VyosVersion from, VyosVersion to, RunResult before, RunResult after) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (CheckResult r : before.results()) {
            rows.put(r.check().id(), new Row(r.check().id(), r.check().title(), Optional.of(r), Optional.empty()));
        }
        for (CheckResult r : after.results()) {
            Row old = rows.get(r.check().id());
            rows.put(r.check().id(), old == null
                    ? new Row(r.check().id(), r.check().title(), Optional.empty(), Optional.of(r))
                    : new Row(old.check(), old.title(), old.before(), Optional.of(r)));
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(Row::change));
        return new UpgradeComparison(from, to, sorted);
    }

    public List<Row> regressions() {
        return rows.stream().filter(r -> r.change() == Change.REGRESSION).toList();
    }

    /** 1 on any regression; a check failing on both releases is the config's own failure, reported, not an upgrade's. */
    public ExitCode exitCode() {
        return regressions().isEmpty() ? ExitCode.PASSED : ExitCode.CHECK_FAILED;
    }

    /** The terminal table: check, old, new, and the new release's evidence where it failed. */
    public String table() {
        int w = Math.max(5, rows.stream().mapToInt(r -> r.check().length()).max().orElse(5));
        String format = "%-" + w + "s  %-7s  %-7s  %-12s  %s%n";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, format, "check", from.id(), to.id(), "change",
                "evidence on " + to.id()));
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, format, r.check(), status(r.before()), status(r.after()),
                    r.change().label, r.change() == Change.HOLDS ? r.title() : r.afterEvidence()));
        }
        return s.append(summary()).append('\n').toString();
    }

    public String summary() {
        long regressions = regressions().size();
        return rows.size() + " checks, " + regressions + " regression(s) from " + from.id() + " to " + to.id();
    }

    String markdown() {
        StringBuilder s = new StringBuilder("| check | " + from.id() + " | " + to.id() + " | change | evidence on "
                + to.id() + " |\n| --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            s.append("| `").append(r.check()).append("` | ").append(status(r.before())).append(" | ")
                    .append(status(r.after())).append(" | ").append(r.change() == Change.REGRESSION ? "**regression**"
                            : r.change().label).append(" | ").append(r.change() == Change.HOLDS ? ""
                            : r.afterEvidence().replace("|", "\\|")).append(" |\n");
        }
        return s.toString();
    }

    private static String status(Optional<CheckResult> r) {
        return r.map(c -> c.passed() ? "pass" : c.status().name().toLowerCase(Locale.ROOT)).orElse("-");
    }
}
