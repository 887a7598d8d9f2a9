package dev.vyoslab.check;

import java.util.Objects;

/**
 * One claim of a config, checked with real traffic.
 *
 * @param id    stable across runs and unrelated edits: {@code snat/100}, {@code dhcp/HOME-DHCP/10.0.1.0-24}
 * @param title what the claim is, in words
 * @param line  the config line the claim comes from (0 if none)
 * @param body  the probe and assertion; throws {@link AssertionError} when the claim does not hold
 */
public record Check(String id, String title, CheckKind kind, int line, Body body) {

    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return id + ": " + title;
    }
}
