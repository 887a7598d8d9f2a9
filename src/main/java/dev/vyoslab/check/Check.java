package dev.vyoslab.check;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One claim of a config, checked with real traffic.
 *
 * @param id      stable across runs and unrelated edits: {@code snat/100}, {@code dhcp/HOME-DHCP/10.0.1.0-24}
 * @param title   what the claim is, in words
 * @param line    the config line the claim comes from (0 if none)
 * @param uplinks the router interfaces towards the ISP whose line the claim's traffic uses ({@code pppoe0},
 *                {@code tun0}); what a fault on that line must be seen to affect
 * @param body    the probe and assertion; throws {@link AssertionError} when the claim does not hold
 */
public record Check(String id, String title, CheckKind kind, int line, Set<String> uplinks, Body body) {

    @FunctionalInterface
    public interface Body {
        void run() throws Throwable;
    }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        uplinks = Set.copyOf(uplinks);
    }

    /** A claim whose traffic uses no uplink the lab knows of (the LAN alone, or one not known beforehand). */
    public Check(String id, String title, CheckKind kind, int line, Body body) {
        this(id, title, kind, line, Set.of(), body);
    }

    /** This claim, its traffic using the line behind {@code routerInterface}. */
    public Check via(String routerInterface) {
        return new Check(id, title, kind, line, Set.of(routerInterface), body);
    }

    /** This claim, every wait in it limited to {@code limit}: one expected broken is seen failing within it. */
    public Check within(Duration limit) {
        return new Check(id, title, kind, line, uplinks, () -> Await.within(limit, body));
    }

    @Override
    public String toString() {
        return id + ": " + title;
    }
}
