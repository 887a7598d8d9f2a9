package dev.vyoslab.lab;

/** A command on a node exited non-zero where success was required. */
public final class CommandFailedException extends RuntimeException {

    private final transient CommandResult result;

    public CommandFailedException(CommandResult result) {
        super("[" + result.node() + "] `" + result.command() + "` exited " + result.exitCode() + ":\n" + result.tail(20));
        this.result = result;
    }

    public CommandResult result() {
        return result;
    }
}
