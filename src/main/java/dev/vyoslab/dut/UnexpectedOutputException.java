package dev.vyoslab.dut;

import java.nio.file.Path;

/**
 * A VyOS node printed something the driver did not expect (a prompt, an error, a show format). Names the node, what
 * was expected and where the full transcript was saved, so a first contact with a new VyOS build is debuggable.
 */
public final class UnexpectedOutputException extends RuntimeException {

    private final String node;
    private final String expected;
    private final transient Path transcript;

    public UnexpectedOutputException(String node, String step, String expected, Path transcript, String lastOutput) {
        super("[" + node + "] " + step + ": expected " + expected + " but got:\n" + indent(lastOutput)
                + "\nfull transcript: " + (transcript == null ? "(not saved)" : transcript.toAbsolutePath()));
        this.node = node;
        this.expected = expected;
        this.transcript = transcript;
    }

    public String node() {
        return node;
    }

    public String expected() {
        return expected;
    }

    public Path transcript() {
        return transcript;
    }

    private static String indent(String text) {
        String t = text == null ? "" : text.strip();
        String tail = t.length() > 1500 ? "..." + t.substring(t.length() - 1500) : t;
        return "  | " + tail.replace("\n", "\n  | ");
    }
}
