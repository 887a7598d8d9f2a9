package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the {@link ConfigScript} printed, and its exit status, and maps VyOS's errors back to the user's config
 * lines: a {@code my_set} that exited non-zero to its set command's line ({@code Configuration path: [...] is not
 * valid} as an invalid path, anything else as a refused value), a failed {@code my_commit} to the line of each path in
 * {@code [[path]] failed} (or to no line when VyOS names none), a partial commit and its restore as well.
 */
final class ApplyOutput {

    private static final Pattern MARKER = Pattern.compile("^" + ConfigScript.MARK + " (step|rc) (.+?)(?: (-?\\d+))?$",
            Pattern.MULTILINE);
    // vyatta-cfg@1.3.4 src/cstore/cstore.cpp get_parsed_tmpl
    private static final Pattern INVALID_PATH = Pattern.compile("Configuration path: \\[(.*?)\\] is not valid");
    // vyatta-cfg@1.3.4 src/commit/commit-algorithm.cpp: "[[%s]] failed" per failed priority subtree
    private static final Pattern FAILED_PATH = Pattern.compile("^\\[\\[ ?(.*?) ?\\]\\] failed$", Pattern.MULTILINE);

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

    /** What one step printed and its exit status. */
    record Step(String output, int status) {
    }

    /** Empty when the script committed (exit 0) and every step succeeded. */
    List<Diagnostic> diagnostics(String output, int exitStatus) {
        Map<String, Step> steps = steps(output);
        List<Diagnostic> out = new ArrayList<>();
        Step load = steps.get("load");
        if (load != null && load.status() != 0) {
            out.add(diag(0, "vyos-load-failed", "loading the starting config failed (exit " + load.status() + "): "
                    + tail(load.output())));
        }
        steps.forEach((name, step) -> {
            if (name.startsWith("delete ") && step.status() != 0) {
                out.add(diag(0, "vyos-delete-failed", "VyOS refused a delete (exit " + step.status() + "): "
                        + tail(step.output())));
            }
        });
        for (int i = 0; i < commands.size(); i++) {
            Step set = steps.get("set " + i);
            if (set != null && set.status() != 0) {
                out.add(setFailed(commands.get(i), set));
            }
        }
        Step commit = steps.get("commit");
        if (commit != null && commit.status() != 0) {
            commitFailed(commit.output(), out);
        }
        if (exitStatus == ConfigScript.COMMIT_PARTIAL) {
            out.add(diag(0, "vyos-commit-partial", "VyOS committed part of the config before the commit failed;"
                    + " the config that ran before was committed again"));
        } else if (exitStatus == ConfigScript.RESTORE_FAILED) {
            Step restore = steps.getOrDefault("restore-commit", steps.get("restore"));
            out.add(diag(0, "vyos-restore-failed", "VyOS committed part of the config and restoring the previous"
                    + " config failed: the router runs neither; output: " + (restore == null ? "" : tail(restore.output()))));
        } else if (exitStatus == ConfigScript.NO_SESSION) {
            out.add(diag(0, "vyos-no-session", "no configuration session could be set up; output:\n" + tail(output)));
        }
        Step save = steps.get("save");
        if (save != null && save.status() != 0) {
            out.add(diag(0, "vyos-save-failed", "the config was committed but saving it failed: " + tail(save.output())));
        }
        if (out.isEmpty() && exitStatus != ConfigScript.COMMITTED) {
            out.add(diag(0, "vyos-not-committed", "the config was not committed (apply script exit " + exitStatus
                    + ") and VyOS gave no reason; output:\n" + tail(output)));
        }
        return out;
    }

    /** Each step's output (up to its status marker) and status, by step name. */
    static Map<String, Step> steps(String output) {
        Map<String, Step> steps = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(output.replace("\r", ""));
        String text = output.replace("\r", "");
        int start = 0;
        while (m.find()) {
            if (m.group(1).equals("step")) {
                start = m.end();
            } else if (m.group(3) != null) {
                steps.put(m.group(2), new Step(text.substring(Math.min(start, m.start()), m.start()),
                        Integer.parseInt(m.group(3))));
            }
        }
        return steps;
    }

    private Diagnostic setFailed(SetCommand cmd, Step set) {
        Matcher invalid = INVALID_PATH.matcher(set.output());
        if (invalid.find()) {
            return diag(line(cmd.path()), "vyos-invalid-path", "VyOS rejected `" + cmd.text() + "`: "
                    + invalid.group().strip());
        }
        String why = set.output().strip().replaceAll("\\s*\\n\\s*", " ");
        return diag(line(cmd.path()), "vyos-set-failed", "VyOS rejected `" + cmd.text() + "` (exit " + set.status()
                + ")" + (why.isEmpty() ? "" : ": " + why));
    }

    private void commitFailed(String text, List<Diagnostic> out) {
        Matcher failed = FAILED_PATH.matcher(text);
        boolean any = false;
        while (failed.find()) {
            List<String> path = List.of(failed.group(1).strip().split("\\s+"));
            out.add(diag(line(path), "vyos-commit-failed", "commit failed in [" + String.join(" ", path) + "]: "
                    + reasonFor(text, failed.group(1).strip(), failed.start())));
            any = true;
        }
        if (!any) {
            out.add(diag(0, "vyos-commit-failed", "commit failed: " + tail(text)));
        }
    }

    /**
     * The lines between the {@code [ path ]} header the action's output follows (vyatta-cfg@1.3.4 src/cli_new.c
     * system_out) and its {@code [[path]] failed} line.
     */
    private static String reasonFor(String text, String path, int end) {
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
        return String.join("\n", Arrays.asList(lines).subList(Math.max(0, lines.length - 10), lines.length));
    }
}
