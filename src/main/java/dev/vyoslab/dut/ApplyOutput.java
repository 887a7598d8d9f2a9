package dev.vyoslab.dut;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the {@link ConfigScript} printed and maps VyOS's errors back to the user's config lines:
 * {@code Configuration path: [...] is not valid} and {@code Set failed} to the failing set command's line,
 * {@code Commit failed} to the line of the path in {@code [[path]] failed}, or to no line when VyOS names none.
 */
final class ApplyOutput {

    private static final Pattern SECTION = Pattern.compile("^" + ConfigScript.MARK + " (load|set (\\d+)|commit"
            + "|committed|discarding)$", Pattern.MULTILINE);
    private static final Pattern INVALID_PATH = Pattern.compile("Configuration path: \\[(.*?)\\] is not valid");
    private static final Pattern FAILED_PATH = Pattern.compile("\\[\\[ ?(.*?) ?\\]\\] failed");

    private final String source;
    private final List<SetCommand> commands;
    private final Function<List<String>, Optional<Integer>> lineOf;
    private final UnaryOperator<String> mask;

    /**
     * @param source   the config's name, for diagnostics
     * @param lineOf   the config's {@code lineOf}
     * @param mask     hides secrets in messages
     */
    ApplyOutput(String source, List<SetCommand> commands, Function<List<String>, Optional<Integer>> lineOf,
                UnaryOperator<String> mask) {
        this.source = source;
        this.commands = commands;
        this.lineOf = lineOf;
        this.mask = mask;
    }

    /** Empty when every set and the commit succeeded. */
    List<Diagnostic> diagnostics(String output) {
        List<Diagnostic> out = new ArrayList<>();
        boolean committed = false;
        Matcher m = SECTION.matcher(output);
        String section = null;
        int start = 0;
        while (true) {
            boolean found = m.find();
            String text = output.substring(start, found ? m.start() : output.length());
            if (section != null) {
                check(section, text, out);
            }
            if (!found) {
                break;
            }
            section = m.group(1);
            committed |= section.equals("committed");
            start = m.end();
        }
        if (!committed && out.isEmpty()) {
            out.add(diag(0, "vyos-not-committed", "the config was not committed and VyOS gave no reason; output:\n"
                    + tail(output)));
        }
        return out;
    }

    private void check(String section, String text, List<Diagnostic> out) {
        if (section.startsWith("set ")) {
            SetCommand cmd = commands.get(Integer.parseInt(section.substring(4)));
            Matcher invalid = INVALID_PATH.matcher(text);
            if (invalid.find()) {
                out.add(diag(line(cmd.path()), "vyos-invalid-path", "VyOS rejected `" + cmd.text() + "`: "
                        + invalid.group().strip()));
            } else if (text.contains("Set failed") || text.contains("Invalid command")) {
                out.add(diag(line(cmd.path()), "vyos-set-failed", "VyOS rejected `" + cmd.text() + "`: "
                        + text.strip().replace('\n', ' ')));
            }
        } else if (section.equals("load") && text.contains("fail")) {
            out.add(diag(0, "vyos-load-failed", "loading the harness's base config failed: " + text.strip()));
        } else if (section.equals("commit") && text.contains("Commit failed")) {
            Matcher failed = FAILED_PATH.matcher(text);
            boolean any = false;
            while (failed.find()) {
                List<String> path = List.of(failed.group(1).strip().split("\\s+"));
                out.add(diag(line(path), "vyos-commit-failed", "commit failed in [" + String.join(" ", path) + "]: "
                        + reasonFor(text, failed.group(1).strip())));
                any = true;
            }
            if (!any) {
                out.add(diag(0, "vyos-commit-failed", "commit failed: " + tail(text)));
            }
        }
    }

    /** The lines between VyOS's {@code [ path ]} header and its {@code [[path]] failed} line. */
    private static String reasonFor(String text, String path) {
        int end = text.indexOf("[[" + path);
        if (end < 0) {
            end = text.indexOf("[[ " + path);
        }
        int header = text.lastIndexOf("[ " + path + " ]", end);
        String reason = header >= 0 ? text.substring(header + path.length() + 4, end) : text.substring(0, end);
        reason = reason.strip().replaceAll("\\s*\\n\\s*", " ");
        return reason.isEmpty() ? "(VyOS gave no reason)" : reason;
    }

    private int line(List<String> path) {
        for (int n = path.size(); n > 0; n--) {
            Optional<Integer> l = lineOf.apply(path.subList(0, n));
            if (l.isPresent()) {
                return l.get();
            }
        }
        return 0;
    }

    private Diagnostic diag(int line, String code, String message) {
        return new Diagnostic(source, line, 0, Severity.ERROR, code, mask.apply(message));
    }

    private static String tail(String text) {
        String[] lines = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - 10), lines.length));
    }
}
