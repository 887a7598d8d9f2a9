package dev.vyoslab.check;

/** Failure messages in one shape: what was expected, what was seen, where the evidence is. */
final class Messages {

    private Messages() {
    }

    static String of(String expected, String seen, ProbeHost... evidence) {
        return "\n  expected: " + expected + "\n  seen:     " + seen + Await.evidence(java.util.List.of(evidence));
    }
}
