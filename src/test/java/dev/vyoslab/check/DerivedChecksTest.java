package dev.vyoslab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The list of claims derived from the corrected seed, and how each kind of mutation changes it (no Docker). */
class DerivedChecksTest {

    static final Path SEED = Path.of("examples/seed/corrected.conf");

    static final List<String> SEED_IDS = List.of(
            "pppoe/pppoe0", "tunnel/tun0", "dhcp/HOME-DHCP/10.0.1.0-24", "snat/100", "snat/110", "dnat/100",
            "pbr/PBR/10", "mss/PBR/20", "firewall/WAN_IN", "firewall/WAN_LOCAL", "ddns/bar.example.com");

    /** Deriving must not touch the lab: every call fails the test. */
    static final LabView UNTOUCHED = new LabView() {
        public Router router() { throw touched(); }
        public ProbeHost lanClient(Prefix lan) { throw touched(); }
        public Target lanClientAddress(Prefix lan) { throw touched(); }
        public ProbeHost lanHost(InetAddress address) { throw touched(); }
        public ProbeHost internetHost() { throw touched(); }
        public Target whoami() { throw touched(); }
        public ProbeHost whoamiHost() { throw touched(); }
        public Uplink uplink(String routerInterface) { throw touched(); }
        public Target routerAddress(String routerInterface) { throw touched(); }
        public ProbeHost wanNeighbour(String routerInterface) { throw touched(); }
        public Optional<InetAddress> dnsApiRecord(String hostName) { throw touched(); }
        public ProbeHost ngnHost() { throw touched(); }
        public Target routerWanIpv6() { throw touched(); }

        private AssertionError touched() {
            return new AssertionError("deriving checks used the lab");
        }
    };

    static String seed() throws IOException {
        return Files.readString(SEED);
    }

    static List<Check> derive(String config) {
        VyosConfig c = VyosConfig.parse("test.conf", config);
        Intent intent = c.validIntent();
        return DerivedChecks.from(intent, UNTOUCHED);
    }

    static List<String> ids(String config) {
        return derive(config).stream().map(Check::id).toList();
    }

    /** The seed with every line containing {@code fragment} removed; fails if nothing was removed. */
    static String without(String config, String fragment) {
        String out = config.lines().filter(l -> !l.contains(fragment)).reduce("", (a, b) -> a + b + "\n");
        assertThat(out).as("mutation removes a line containing " + fragment).isNotEqualTo(config + "\n");
        return out;
    }

    @Test
    void seedClaimsOneCheckPerRulePoolSessionAndHost() throws IOException {
        assertThat(ids(seed())).containsExactlyElementsOf(SEED_IDS);
    }

    @Test
    void titlesSayWhatIsClaimed() throws IOException {
        List<Check> checks = derive(seed());
        assertThat(checks).extracting(Check::title).contains(
                "PPPoE session pppoe0 comes up as user@example.jp with MTU 1454",
                "DHCP pool HOME-DHCP 10.0.1.0/24 leases an address in its range with gateway 10.0.1.254 and DNS [192.0.2.53]",
                "source NAT rule 110: 10.0.1.100/32 reaches the Internet leaving by pppoe0",
                "destination NAT rule 100: [udp/19132] on pppoe0 reaches 10.0.1.100:19132 from the Internet and the"
                        + " reply returns by pppoe0",
                "policy PBR rule 20: TCP SYNs from any LAN host to the Internet carry MSS <= 1414",
                "firewall WAN_LOCAL (local on pppoe0): router services (ssh tcp/22) are dropped from the Internet",
                "firewall WAN_IN (in on pppoe0): [10.0.1.100, a LAN client] not reachable on tcp/8080 (not forwarded)"
                        + " from the ISP side");
        assertThat(checks).allSatisfy(c -> assertThat(c.line()).isPositive());
        assertThat(checks).extracting(Check::title).noneMatch(t -> t.contains("lab-pppoe-secret"));
    }

    @Test
    void removingARuleRemovesExactlyItsCheck() throws IOException {
        String seed = seed();
        assertThat(ids(without(seed, "nat destination rule 100"))).containsExactlyElementsOf(
                SEED_IDS.stream().filter(i -> !i.equals("dnat/100")).toList());
        assertThat(ids(without(seed, "nat source rule 110"))).doesNotContain("snat/110").contains("snat/100");
        // vyos-1x@1.3.4 src/conf_mode/dhcp_server.py verify(): a subnet needs a range or a static mapping
        assertThatThrownBy(() -> ids(without(seed, "range dhcp1-subnet")))
                .hasMessageContaining("No DHCP address range or active static-mapping configured");
        // Rule.pm rule(): a policy rule with no set and no action is refused, so the whole rule goes
        assertThat(ids(without(seed, "policy route PBR rule 20"))).doesNotContain("mss/PBR/20").contains("pbr/PBR/10");
        assertThat(ids(without(seed, "service dns dynamic"))).doesNotContain("ddns/bar.example.com");
        assertThat(ids(without(seed, "firewall local name WAN_LOCAL"))).doesNotContain("firewall/WAN_LOCAL")
                .contains("firewall/WAN_IN");
    }

    @Test
    void changedRulesChangeTheClaim() throws IOException {
        String seed = seed();
        String tcp = seed.replace("nat destination rule 100 protocol udp", "nat destination rule 100 protocol tcp_udp")
                .replace("destination port 19132", "destination port 25565");
        assertThat(derive(tcp)).filteredOn(c -> c.id().equals("dnat/100")).singleElement()
                .satisfies(c -> assertThat(c.title()).contains("[tcp/25565, udp/25565]"));
        String viaTunnel = seed.replace("table 100 interface-route 0.0.0.0/0 next-hop-interface pppoe0",
                "table 100 interface-route 0.0.0.0/0 next-hop-interface tun0");
        assertThat(derive(viaTunnel)).filteredOn(c -> c.id().equals("pbr/PBR/10")).singleElement()
                .satisfies(c -> assertThat(c.title()).endsWith("leaves by tun0"));
    }

    @Test
    void aRulesetThatAcceptsTheProbeYieldsNoCheckThatCouldOnlyFail() throws IOException {
        String sshOpen = seed() + """
                set firewall name WAN_LOCAL rule 5 action accept
                set firewall name WAN_LOCAL rule 5 destination port 22
                set firewall name WAN_LOCAL rule 5 protocol tcp
                """;
        assertThat(ids(sshOpen)).doesNotContain("firewall/WAN_LOCAL");
        String lanOpen = seed().replace("set firewall name WAN_IN default-action drop",
                "set firewall name WAN_IN default-action accept");
        assertThat(ids(lanOpen)).doesNotContain("firewall/WAN_IN");
        String serverOpen = seed() + """
                set firewall name WAN_IN rule 40 action accept
                set firewall name WAN_IN rule 40 destination address 10.0.1.100
                """;
        assertThat(derive(serverOpen)).filteredOn(c -> c.id().equals("firewall/WAN_IN")).singleElement()
                .satisfies(c -> assertThat(c.title()).contains("[a LAN client]"));
    }

    @Test
    void idsAreStableAcrossUnrelatedEdits() throws IOException {
        String reordered = "set service dhcp-server shared-network-name HOME-DHCP name-server 192.0.2.54\n" + seed();
        assertThat(ids(reordered)).containsExactlyElementsOf(SEED_IDS);
    }
}
