package dev.vyoslab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.config.Eui64;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import dev.vyoslab.lab.CommandResult;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which scenarios a config gets and what each step must see (no Docker), and the runner on a line model whose claims
 * hold while their line is up: a fault that does not bite, a line that does not come back and a DNS record that does
 * not follow each fail the step they should, with the rest of the scenario skipped.
 */
class ScenariosTest {

    private static final Set<String> ALL = Set.copyOf(Scenarios.NAMES);
    private static final Set<String> FAULTS = Set.of(Scenarios.PPPOE_REDIAL, Scenarios.AFTR_RESTART,
            Scenarios.BRAS_DOWN, Scenarios.ROUTER_REBOOT, Scenarios.NGN_RENUMBER);

    /** A lab view whose every part fails the test when used; a test overrides the parts it gives. */
    private abstract static class UnusedView implements LabView {
        public Router router() { throw new AssertionError("unused"); }
        public ProbeHost lanClient(Prefix lan) { throw new AssertionError("unused"); }
        public Target lanClientAddress(Prefix lan) { throw new AssertionError("unused"); }
        public ProbeHost lanHost(InetAddress address) { throw new AssertionError("unused"); }
        public ProbeHost internetHost() { throw new AssertionError("unused"); }
        public Target whoami() { throw new AssertionError("unused"); }
        public ProbeHost whoamiHost() { throw new AssertionError("unused"); }
        public Uplink uplink(String routerInterface) { throw new AssertionError("unused"); }
        public Target routerAddress(String routerInterface) { throw new AssertionError("unused"); }
        public ProbeHost wanNeighbour(String routerInterface) { throw new AssertionError("unused"); }
        public Optional<InetAddress> dnsApiRecord(String hostName) { throw new AssertionError("unused"); }
        public ProbeHost ngnHost() { throw new AssertionError("unused"); }
        public Target routerWanIpv6() { throw new AssertionError("unused"); }
    }

    private static Intent seed() throws Exception {
        return VyosConfig.parse("corrected.conf", DerivedChecksTest.seed()).validIntent();
    }

    private static List<String> stepIds(Scenario s) {
        return s.steps().stream().map(st -> st.check().id()).toList();
    }

    private static Scenario named(List<Scenario> scenarios, String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSeedGetsEveryScenarioWithTheClaimsEachFaultTouches() throws Exception {
        Intent intent = seed();
        List<Check> checks = DerivedChecks.from(intent, DerivedChecksTest.UNTOUCHED);
        List<Scenario> scenarios = Scenarios.from(intent, checks, DerivedChecksTest.UNTOUCHED, new Line(), ALL);
        assertThat(scenarios).extracting(Scenario::name).containsExactlyElementsOf(Scenarios.NAMES);
        assertThat(scenarios).allSatisfy(s -> assertThat(s.notApplicable()).isEmpty());

        Scenario redial = named(scenarios, Scenarios.PPPOE_REDIAL);
        assertThat(stepIds(redial)).containsExactly("scenario/pppoe-redial/pppoe0/session",
                "scenario/pppoe-redial/pppoe0/dns", "scenario/pppoe-redial/pppoe0/published",
                "scenario/pppoe-redial/pppoe0/rest");
        assertThat(redial.steps().get(1).check().title()).contains("[ddns/bar.example.com]");
        assertThat(redial.steps().get(2).check().title()).contains("[dnat/100]");
        assertThat(redial.steps().get(3).check().title())
                .contains("snat/110", "pbr/PBR/10", "firewall/WAN_IN", "firewall/WAN_LOCAL").doesNotContain("snat/100");

        Scenario aftr = named(scenarios, Scenarios.AFTR_RESTART);
        assertThat(stepIds(aftr)).containsExactly("scenario/aftr-restart/tun0/down",
                "scenario/aftr-restart/tun0/recovered");
        assertThat(aftr.steps().get(0).check().title()).startsWith("broken while the fault lasts: snat/100");

        Scenario bras = named(scenarios, Scenarios.BRAS_DOWN);
        assertThat(stepIds(bras)).containsExactly("scenario/bras-down/pppoe0/ipoe",
                "scenario/bras-down/pppoe0/published", "scenario/bras-down/pppoe0/back");
        assertThat(bras.steps().get(0).check().title()).contains("tunnel/tun0", "snat/100")
                .doesNotContain("pppoe0", "snat/110", "dnat/100");
        assertThat(bras.steps().get(1).check().title()).contains("dnat/100");

        assertThat(stepIds(named(scenarios, Scenarios.NGN_RENUMBER))).containsExactly("scenario/ngn-renumber/tun0");
        assertThat(named(scenarios, Scenarios.ROUTER_REBOOT).steps()).singleElement()
                .satisfies(st -> assertThat(st.check().title()).contains(DerivedChecksTest.SEED_IDS));

        Scenario exposure = named(scenarios, Scenarios.EXPOSURE);
        assertThat(stepIds(exposure)).containsExactly("scenario/exposure/ipv4/pppoe0", "scenario/exposure/ipv6/eth0");
        assertThat(exposure.steps().get(0).check().title()).endsWith("forwards [udp/19132]");
    }

    @Test
    void theRoutersLanIpv6AddressIsScannedFromTheNgnThroughARouteToItsWanAddress() throws Exception {
        Intent intent = VyosConfig.parse("lan-ipv6.conf", DerivedChecksTest.seed()
                + "set interfaces ethernet eth1 address '2001:db8:1:2::1/64'\n").validIntent();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        // what nmap 7.93 prints for a TCP connect scan that finds ssh open (-oG)
        ProbeHost ngn = ProbeHost.of("ngn", cmd -> {
            ran.add(cmd);
            String out = cmd.contains(" -sT ") ? "Host: 2001:db8:1:2::1 ()\tPorts: 22/open/tcp//ssh///\n" : "";
            return new CommandResult("ngn", cmd, 0, out + "# Nmap done at Wed Dec  2 06:00:03 2026\n", "");
        });
        LabView view = new UnusedView() {
            @Override
            public ProbeHost ngnHost() {
                return ngn;
            }

            @Override
            public Target routerWanIpv6() {
                return new Target("router", Eui64.address(Prefix.parse("2001:db8:1:1::/64").orElseThrow(),
                        "52:54:00:12:34:56"));
            }
        };
        Scenario exposure = named(Scenarios.from(intent, DerivedChecks.from(intent, DerivedChecksTest.UNTOUCHED),
                view, new Line(), Set.of(Scenarios.EXPOSURE)), Scenarios.EXPOSURE);
        assertThat(stepIds(exposure)).containsExactly("scenario/exposure/ipv4/pppoe0", "scenario/exposure/ipv6/eth0",
                "scenario/exposure/ipv6/eth1");
        Check lan = exposure.steps().get(2).check();
        assertThat(lan.title()).contains("eth1's address 2001:db8:1:2:0:0:0:1");
        // run alone (without the first step, which starts every scan) the step starts its own
        assertThatThrownBy(() -> lan.body().run()).hasMessageContaining(
                "not published by the config: tcp/22 answered by router");
        exposure.restore().run();
        String route = "2001:db8:1:2:0:0:0:1/128 via 2001:db8:1:1:5054:ff:fe12:3456";
        List<String> forLan = ran.stream().filter(c -> c.contains("2001:db8:1:2:0:0:0:1")).toList();
        assertThat(forLan).first().isEqualTo("ip -6 route replace " + route);
        assertThat(forLan).last().as("the route goes once the scan found what it found").isEqualTo("ip -6 route del "
                + route);
        assertThat(forLan.subList(1, forLan.size() - 1)).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("nmap")
                .contains("-6 "));
    }

    @Test
    void aConfigWithoutPppoeOrTunnelGetsNotApplicableScenariosNotPasses() {
        Intent intent = VyosConfig.parse("lan-only.conf", """
                set interfaces ethernet eth1 address '10.0.1.254/24'
                set interfaces ethernet eth0 address '198.51.100.7/24'
                set nat source rule 10 outbound-interface 'eth0'
                set nat source rule 10 source address '10.0.1.0/24'
                set nat source rule 10 translation address 'masquerade'
                """).validIntent();
        List<Scenario> scenarios = Scenarios.from(intent, DerivedChecks.from(intent, DerivedChecksTest.UNTOUCHED),
                DerivedChecksTest.UNTOUCHED, new Line(), ALL);
        assertThat(scenarios).allSatisfy(s -> assertThat(s.steps()).isEmpty());
        assertThat(scenarios).extracting(s -> s.notApplicable().orElseThrow()).containsExactly(
                "the config has no PPPoE interface", "no claim of the config sends traffic through a tunnel",
                "needs a PPPoE interface and traffic the config sends another way (a tunnel)",
                "the config claims nothing to check again",
                "needs a SLAAC address on the WAN port and traffic the config sends through an IPv6 tunnel",
                "the router has no address on the Internet side of its own (no PPPoE interface, no SLAAC address on"
                        + " the WAN port)");
        List<ScenarioResult> ran = run(scenarios);
        assertThat(ran).allSatisfy(r -> assertThat(r.failed()).isFalse());
        assertThat(ran).allSatisfy(r -> assertThat(r.notApplicable()).isPresent());
    }

    @Test
    void everyScenarioPassesOnALineThatRecoversAndADnsRecordThatFollows() throws Exception {
        Line line = new Line();
        line.tunnelFollowsRenumbering = true;
        List<ScenarioResult> ran = run(line.scenarios());
        assertThat(ran).allSatisfy(r -> assertThat(r.failed()).as(r.toString()).isFalse());
        assertThat(line.prefix).as("renumbered back").isEqualTo(Line.PREFIX);
        assertThat(line.isUp("tun0")).isTrue();
        assertThat(line.isUp("pppoe0")).isTrue();
        assertThat(line.address).isNotEqualTo(Line.FIRST);
    }

    @Test
    void anAftrThatNeverComesBackFailsTheRecoveryStep() throws Exception {
        Line line = new Line();
        line.aftrReturns = false;
        ScenarioResult aftr = run(line.scenarios()).get(1);
        assertThat(aftr.steps()).extracting(st -> st.result().status())
                .containsExactly(CheckResult.Status.PASSED, CheckResult.Status.FAILED);
        assertThat(aftr.steps().get(1).result().message()).startsWith("tunnel/tun0: ").contains("tun0 down");
    }

    @Test
    void aFaultThatDoesNotBiteFailsTheBrokenStep() throws Exception {
        Line line = new Line();
        line.downBites = false;
        ScenarioResult aftr = run(line.scenarios()).get(1);
        assertThat(aftr.steps().get(0).result().status()).isEqualTo(CheckResult.Status.FAILED);
        assertThat(aftr.steps().get(0).result().message()).contains("it still holds");
        assertThat(aftr.steps().get(1).result().status()).isEqualTo(CheckResult.Status.SKIPPED);
    }

    @Test
    void aDnsRecordThatDoesNotFollowTheRedialFailsTheDnsStepAndSkipsTheRest() throws Exception {
        Line line = new Line();
        line.ddnsFollows = false;
        ScenarioResult redial = run(line.scenarios()).get(0);
        assertThat(redial.failed()).isTrue();
        assertThat(redial.steps()).extracting(st -> st.result().status()).containsExactly(CheckResult.Status.PASSED,
                CheckResult.Status.FAILED, CheckResult.Status.SKIPPED, CheckResult.Status.SKIPPED);
        assertThat(redial.steps().get(1).result().message()).contains("ddns/bar.example.com", Line.FIRST);
    }

    /** A fixed source the new prefix does not hold cannot recover: its claims are only tried the broken limit. */
    @Test
    void theSeedsFixedTunnelSourceFailsTheRenumberingAndTheReportSaysWhy() throws Exception {
        System.setProperty("vyoslab.scenario.renumber", "600");
        System.setProperty("vyoslab.scenario.broken", "1");
        try {
            long t0 = System.nanoTime();
            ScenarioResult renumber = run(new Line().scenarios()).get(4);
            assertThat(renumber.name()).isEqualTo(Scenarios.NGN_RENUMBER);
            assertThat(renumber.failed()).isTrue();
            assertThat(renumber.steps().get(0).result().message()).contains("why:      tun0 (config line 15) has a fixed"
                    + " source-address 2001:db8:1:1:5054:ff:fe12:3456, and the line's prefix is now 2001:db8:1:2::/64");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(60));
        } finally {
            System.clearProperty("vyoslab.scenario.renumber");
            System.clearProperty("vyoslab.scenario.broken");
        }
    }

    @Test
    void aRouterThatDoesNotKeepItsConfigFailsTheReboot() throws Exception {
        Line line = new Line();
        line.tunnelFollowsRenumbering = true;
        line.saveKeeps = false;
        ScenarioResult reboot = run(line.scenarios()).get(3);
        assertThat(reboot.name()).isEqualTo(Scenarios.ROUTER_REBOOT);
        assertThat(reboot.steps()).singleElement().satisfies(st -> {
            assertThat(st.result().status()).isEqualTo(CheckResult.Status.FAILED);
            assertThat(st.result().message()).startsWith("pppoe/pppoe0: ").contains("no config");
        });
    }

    @Test
    void theNextPrefixIsTheNextSlash64() {
        assertThat(Scenarios.next(Prefix.parse("2001:db8:1:1::/64").orElseThrow()))
                .isEqualTo(Prefix.parse("2001:db8:1:2::/64").orElseThrow());
        assertThat(Scenarios.next(Prefix.parse("2001:db8:1:ffff::/64").orElseThrow()))
                .isEqualTo(Prefix.parse("2001:db8:2:0::/64").orElseThrow());
    }

    private static List<ScenarioResult> run(List<Scenario> scenarios) {
        List<ScenarioResult.Step> heard = new ArrayList<>();
        List<ScenarioResult> results = new ScenarioRunner(new CheckRunner(s -> s)).run(scenarios, heard::add);
        assertThat(heard).hasSize(results.stream().mapToInt(r -> r.steps().size()).sum());
        return results;
    }

    /**
     * The seed's line as a model: each claim of the seed holds while its uplinks are up; the DNS record follows the
     * PPPoE address when {@link #ddnsFollows}.
     */
    private static final class Line implements LineFaults {
        static final String FIRST = "203.0.113.10";
        static final Prefix PREFIX = Prefix.parse("2001:db8:1:1::/64").orElseThrow();
        Prefix prefix = PREFIX;
        boolean tunnelFollowsRenumbering;
        boolean saveKeeps = true;
        private boolean saved;
        private boolean configured = true;
        private final Map<String, Boolean> up = new HashMap<>(Map.of("tun0", true, "pppoe0", true));
        String address = FIRST;
        String record = FIRST;
        boolean ddnsFollows = true;
        boolean aftrReturns = true;
        boolean downBites = true;

        boolean isUp(String routerInterface) {
            return up.get(routerInterface);
        }

        @Override
        public InetAddress redial(String routerInterface) {
            address = "203.0.113.11";
            if (ddnsFollows) {
                record = address;
            }
            return addr(address);
        }

        @Override
        public void down(String routerInterface) {
            up.put(routerInterface, !downBites);
        }

        @Override
        public void up(String routerInterface) {
            up.put(routerInterface, aftrReturns || !routerInterface.equals("tun0"));
        }

        @Override
        public Prefix wanPrefix() {
            return prefix;
        }

        @Override
        public void renumber(Prefix to) {
            prefix = to;
        }

        /** A tunnel from a fixed source works only in the prefix it was written for. */
        private boolean tunnelWorks() {
            return tunnelFollowsRenumbering || prefix.equals(PREFIX);
        }

        /** A router whose reboot keeps the config only when it was saved (and {@link #saveKeeps}). */
        private final Router router = (Router) java.lang.reflect.Proxy.newProxyInstance(Router.class.getClassLoader(),
                new Class<?>[] {Router.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "save" -> saved = saveKeeps;
                        case "reboot" -> configured = saved;
                        default -> throw new AssertionError("unused: " + method.getName());
                    }
                    return null;
                });

        private final LabView view = new UnusedView() {
            @Override
            public Router router() {
                return router;
            }

            @Override
            public Target routerAddress(String routerInterface) {
                return new Target("router " + routerInterface, addr(address));
            }
        };

        /** The seed's scenarios on this line: the seed's claim ids, each holding while its uplinks are up. */
        List<Scenario> scenarios() throws Exception {
            Intent intent = seed();
            List<Check> checks = DerivedChecks.from(intent, DerivedChecksTest.UNTOUCHED).stream().map(c ->
                    new Check(c.id(), c.title(), c.kind(), c.line(), c.uplinks(), () -> {
                        if (!configured) {
                            throw new AssertionError("timed out: the router came back with no config");
                        }
                        for (String u : c.uplinks()) {
                            if (!isUp(u) || u.equals("tun0") && !tunnelWorks()) {
                                throw new AssertionError("timed out: " + u + " down");
                            }
                        }
                        if (c.kind() == CheckKind.DYNAMIC_DNS && !record.equals(address)) {
                            throw new AssertionError("expected " + address + ", seen record " + record);
                        }
                    })).toList();
            return Scenarios.from(intent, checks, view, this, FAULTS);
        }

        private static InetAddress addr(String literal) {
            try {
                return InetAddress.getByName(literal);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
