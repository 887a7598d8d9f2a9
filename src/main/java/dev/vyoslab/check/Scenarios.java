package dev.vyoslab.check;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The scenarios a config gives something to act on, derived from its {@link Intent} and its derived checks: which
 * claims a fault on a line must leave holding, and which it must break, follows from the uplinks each claim's traffic
 * uses ({@link Check#uplinks()}). Deriving touches no lab.
 */
public final class Scenarios {

    public static final String PPPOE_REDIAL = "pppoe-redial";
    public static final String AFTR_RESTART = "aftr-restart";
    public static final String BRAS_DOWN = "bras-down";
    public static final String ROUTER_REBOOT = "router-reboot";
    public static final String NGN_RENUMBER = "ngn-renumber";
    public static final String EXPOSURE = Exposure.NAME;
    /** Every scenario, in the order they run. */
    public static final List<String> NAMES = List.of(PPPOE_REDIAL, AFTR_RESTART, BRAS_DOWN, ROUTER_REBOOT,
            NGN_RENUMBER, EXPOSURE);

    /**
     * How long each claim may take to hold again after a fault: pppd waits its holdoff before it redials a session
     * the peer ended (ppp pppd/options.c {@code int holdoff = 30}; VyOS's peer template sets none), and VyOS's
     * ddclient looks at the address once a minute ({@code daemon=1m}, vyos-1x@1.3.4
     * data/templates/dynamic-dns/ddclient.conf.tmpl) and updates a host at most every 30 s (ddclient 3.10
     * {@code min-interval}). Set apart from {@link Await#limit()}, which a run may shorten for claims that need not
     * recover.
     */
    static Duration recoveryLimit() {
        return Duration.ofSeconds(Long.getLong("vyoslab.scenario.recover", 120));
    }

    /**
     * How long a claim that a fault (or a mutation of the config) must break is tried before it counts as broken. The
     * fault is in force (the config has converged) before the claim is tried, so a few probes are enough; a probe
     * still running when the time is up runs to its end.
     */
    public static Duration brokenWithin() {
        return Duration.ofSeconds(Long.getLong("vyoslab.scenario.broken", 5));
    }

    private final Intent intent;
    private final List<Check> checks;
    private final LabView view;
    private final LineFaults line;

    private Scenarios(Intent intent, List<Check> checks, LabView view, LineFaults line) {
        this.intent = intent;
        this.checks = checks;
        this.view = view;
        this.line = line;
    }

    /** The scenarios called {@code names} (in {@link #NAMES}' order) for {@code intent} and its derived checks. */
    public static List<Scenario> from(Intent intent, List<Check> checks, LabView view, LineFaults line,
                                      Set<String> names) {
        Scenarios s = new Scenarios(intent, checks, view, line);
        Map<String, Supplier<Scenario>> all = new LinkedHashMap<>();
        all.put(PPPOE_REDIAL, s::pppoeRedial);
        all.put(AFTR_RESTART, s::aftrRestart);
        all.put(BRAS_DOWN, s::brasDown);
        all.put(ROUTER_REBOOT, s::routerReboot);
        all.put(NGN_RENUMBER, s::ngnRenumber);
        all.put(EXPOSURE, () -> Exposure.of(intent, view));
        List<String> unknown = names.stream().filter(n -> !all.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown scenario " + unknown + "; there are " + NAMES);
        }
        return all.entrySet().stream().filter(e -> names.contains(e.getKey())).map(e -> e.getValue().get()).toList();
    }

    private Scenario pppoeRedial() {
        String title = "the BRAS ends the PPPoE session and the next one gets another address";
        List<Intent.Pppoe> sessions = intent.pppoe();
        if (sessions.isEmpty()) {
            return Scenario.notApplicable(PPPOE_REDIAL, title, "the config has no PPPoE interface");
        }
        List<Scenario.Step> steps = new ArrayList<>();
        for (Intent.Pppoe p : sessions) {
            String id = "scenario/" + PPPOE_REDIAL + "/" + p.name();
            AtomicReference<InetAddress> next = new AtomicReference<>();
            Check session = new Check(id + "/session", p.name() + " redials and holds the new address",
                    CheckKind.SCENARIO, p.line(), () -> Await.within(recoveryLimit(), () -> {
                Await.until("the BRAS's session on " + p.name() + " holds the new address", List.of(), () -> {
                    InetAddress now = view.routerAddress(p.name()).address();
                    if (!now.equals(next.get())) {
                        throw new AssertionError("\n  expected: a session with " + next.get().getHostAddress()
                                + "\n  seen:     " + now.getHostAddress());
                    }
                });
                all(via(p.name(), c -> c.kind() == CheckKind.PPPOE));
            }));
            steps.add(Scenario.Step.after(() -> next.set(line.redial(p.name())), session));
            step(steps, id + "/dns", "dynamic DNS follows to the new address",
                    via(p.name(), c -> c.kind() == CheckKind.DYNAMIC_DNS));
            step(steps, id + "/published", "the port forwards answer on the new address",
                    via(p.name(), c -> c.kind() == CheckKind.DESTINATION_NAT));
            step(steps, id + "/rest", "what else uses " + p.name() + " holds again",
                    via(p.name(), c -> Set.of(CheckKind.SOURCE_NAT, CheckKind.POLICY_ROUTE, CheckKind.FIREWALL)
                            .contains(c.kind())));
        }
        return new Scenario(PPPOE_REDIAL, title, Optional.empty(), steps, () -> { });
    }

    private Scenario aftrRestart() {
        String title = "the AFTR goes away and comes back";
        Optional<String> tunnel = intent.tunnels().stream().map(Intent.Tunnel::name)
                .filter(t -> !via(t, Scenarios::isTraffic).isEmpty()).findFirst();
        if (tunnel.isEmpty()) {
            return Scenario.notApplicable(AFTR_RESTART, title, "no claim of the config sends traffic through a tunnel");
        }
        String t = tunnel.get();
        String id = "scenario/" + AFTR_RESTART + "/" + t;
        List<Check> traffic = via(t, Scenarios::isTraffic);
        List<Scenario.Step> steps = List.of(
                Scenario.Step.after(() -> line.down(t), broken(id + "/down", traffic.get(0))),
                Scenario.Step.after(() -> line.up(t), combined(id + "/recovered", "traffic through " + t
                        + " recovers once the AFTR is back", via(t, c -> true))));
        return new Scenario(AFTR_RESTART, title, Optional.empty(), steps, () -> line.up(t));
    }

    private Scenario brasDown() {
        String title = "the PPPoE line is gone entirely";
        List<String> ipoe = intent.tunnels().stream().map(Intent.Tunnel::name).toList();
        Optional<Intent.Pppoe> pppoe = intent.pppoe().stream().findFirst();
        if (pppoe.isEmpty() || ipoe.stream().allMatch(t -> via(t, Scenarios::isTraffic).isEmpty())) {
            return Scenario.notApplicable(BRAS_DOWN, title, "needs a PPPoE interface and traffic the config sends"
                    + " another way (a tunnel)");
        }
        String p = pppoe.get().name();
        String id = "scenario/" + BRAS_DOWN + "/" + p;
        List<Check> unaffected = checks.stream().filter(c -> !c.uplinks().contains(p)
                && c.uplinks().stream().anyMatch(ipoe::contains)).toList();
        List<Scenario.Step> steps = new ArrayList<>();
        steps.add(Scenario.Step.after(() -> line.down(p), combined(id + "/ipoe", "traffic the config sends by "
                + String.join(", ", ipoe) + " is unaffected", unaffected)));
        via(p, c -> c.kind() == CheckKind.DESTINATION_NAT).stream().findFirst()
                .ifPresent(c -> steps.add(Scenario.Step.then(broken(id + "/published", c))));
        steps.add(Scenario.Step.after(() -> line.up(p), combined(id + "/back", p + " comes back with the BRAS",
                via(p, c -> c.kind() == CheckKind.PPPOE))));
        return new Scenario(BRAS_DOWN, title, Optional.empty(), steps, () -> line.up(p));
    }

    /** The config persists: saved and rebooted (VyOS: {@code save}, then a reboot), every claim holds again. */
    private Scenario routerReboot() {
        String title = "the config is saved and the router rebooted";
        if (checks.isEmpty()) {
            return Scenario.notApplicable(ROUTER_REBOOT, title, "the config claims nothing to check again");
        }
        return new Scenario(ROUTER_REBOOT, title, Optional.empty(), List.of(Scenario.Step.after(() -> {
            view.router().save();
            view.router().reboot();
        }, combined("scenario/" + ROUTER_REBOOT + "/claims", "every claim holds again after save and reboot",
                checks))), () -> { });
    }

    /**
     * How long the tunnel may take after a renumbering: the router forms its new address from the first RA, so a
     * config whose tunnel follows it recovers at once. One whose fixed source-address the new prefix does not hold
     * cannot recover at all, so its claims are tried {@link #brokenWithin()} only.
     */
    static Duration renumberLimit() {
        return Duration.ofSeconds(Long.getLong("vyoslab.scenario.renumber", 45));
    }

    private Scenario ngnRenumber() {
        String title = "the NGN announces another /64 and withdraws the old one, as a renumbering or a reboot onto"
                + " another prefix does";
        boolean slaac = intent.wan().filter(w -> w.ipv6Modes().contains(Intent.Ipv6Mode.SLAAC)).isPresent();
        Optional<Intent.Tunnel> tunnel = intent.tunnels().stream().filter(t -> t.remote6().isPresent())
                .filter(t -> !via(t.name(), Scenarios::isTraffic).isEmpty()).findFirst();
        if (!slaac || tunnel.isEmpty()) {
            return Scenario.notApplicable(NGN_RENUMBER, title, "needs a SLAAC address on the WAN port and traffic the"
                    + " config sends through an IPv6 tunnel");
        }
        Intent.Tunnel t = tunnel.get();
        AtomicReference<Prefix> before = new AtomicReference<>();
        List<Check> claims = via(t.name(), c -> true);
        Check recovered = new Check("scenario/" + NGN_RENUMBER + "/" + t.name(), "traffic through " + t.name()
                + " survives the renumbering: " + claims.stream().map(Check::id).toList(), CheckKind.SCENARIO,
                t.line(), () -> {
            Prefix now = next(before.get());
            // a source-address outside the new prefix cannot come back: the claims are only seen broken, not awaited
            Duration limit = t.source6().filter(a -> !now.contains(a)).isPresent() ? brokenWithin() : renumberLimit();
            try {
                Await.within(limit, () -> all(claims));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + why(t, now), e);
            }
        });
        return new Scenario(NGN_RENUMBER, title, Optional.empty(), List.of(Scenario.Step.after(() -> {
            before.set(line.wanPrefix());
            line.renumber(next(before.get()));
        }, recovered)), () -> {
            if (before.get() != null) {
                line.renumber(before.get());
            }
        });
    }

    /** Why a tunnel cannot follow a renumbering, when its config says so. */
    private static String why(Intent.Tunnel t, Prefix now) {
        return t.source6().filter(a -> !now.contains(a)).map(a -> "\n  why:      " + t.name() + " (config line " + t.line()
                + ") has a fixed source-address " + DerivedChecks.literal(a) + ", and the line's prefix is now " + now
                + ": the router keeps sending from an address the ISP no longer routes").orElse("");
    }

    /** The /64 after {@code p}. */
    static Prefix next(Prefix p) {
        byte[] a = p.network().address().getAddress();
        for (int i = 7; i >= 0 && ++a[i] == 0; i--) {
            // carry into the byte before
        }
        try {
            return new Prefix(InetAddress.getByAddress(a), 64).network();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A claim whose traffic crosses the line (the interface being up is not). */
    private static boolean isTraffic(Check c) {
        return c.kind() == CheckKind.SOURCE_NAT || c.kind() == CheckKind.POLICY_ROUTE;
    }

    private List<Check> via(String routerInterface, Predicate<Check> which) {
        return checks.stream().filter(c -> c.uplinks().contains(routerInterface)).filter(which).toList();
    }

    private static void step(List<Scenario.Step> steps, String id, String title, List<Check> claims) {
        if (!claims.isEmpty()) {
            steps.add(Scenario.Step.then(combined(id, title, claims)));
        }
    }

    /** One step holding when every claim holds again within {@link #recoveryLimit()}, saying which did not. */
    static Check combined(String id, String title, List<Check> claims) {
        return new Check(id, title + ": " + claims.stream().map(Check::id).toList(), CheckKind.SCENARIO,
                claims.isEmpty() ? 0 : claims.get(0).line(), () -> Await.within(recoveryLimit(), () -> all(claims)));
    }

    private static void all(List<Check> claims) throws Throwable {
        for (Check c : claims) {
            try {
                c.body().run();
            } catch (AssertionError e) {
                throw new AssertionError(c.id() + ": " + e.getMessage(), e);
            }
        }
    }

    /** One step holding when {@code claim} is seen broken within {@link #brokenWithin()}. */
    static Check broken(String id, Check claim) {
        return new Check(id, "broken while the fault lasts: " + claim.id() + " (" + claim.title() + ")",
                CheckKind.SCENARIO, claim.line(), () -> {
            try {
                claim.within(brokenWithin()).body().run();
            } catch (AssertionError expected) {
                return;
            }
            throw new AssertionError("\n  expected: " + claim.id() + " broken while the fault lasts"
                    + "\n  seen:     it still holds: " + claim.title());
        });
    }
}
