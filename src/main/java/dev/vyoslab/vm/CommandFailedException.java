package dev.vyoslab.vm;

/** A command on a node exited non-zero where success was required. */
public final class CommandFailedException extends RuntimeException {

    private final transient ExecResult result;

    public CommandFailedException(ExecResult result) {
        super("[" + result.node() + "] `" + result.command() + "` exited " + result.exitCode() + ":\n" + result.tail(20));
        this.result = result;
    }

    public ExecResult result() {
        return result;
    }
}
