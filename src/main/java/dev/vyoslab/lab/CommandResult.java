package dev.vyoslab.lab;

import java.util.Arrays;
import java.util.List;

/** What a command run on a node printed and how it ended. */
public record CommandResult(String node, String command, int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Returns this result when the command exited 0, else fails naming node, command, code and output. */
    public CommandResult orThrow() {
        if (!succeeded()) {
            throw new CommandFailedException(this);
        }
        return this;
    }

    /** The last {@code n} lines of stdout and stderr, for failure messages. */
    public String tail(int n) {
        List<String> lines = Arrays.asList((stdout + (stderr.isEmpty() ? "" : "\n" + stderr)).strip().split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }
}
