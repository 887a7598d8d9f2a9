package dev.vyoslab.check;

/** Quoting for the POSIX shell commands probes send to nodes. */
final class Shell {

    private Shell() {
    }

    /** {@code s} as one single-quoted shell word. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
