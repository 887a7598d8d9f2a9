package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import org.junit.jupiter.api.Test;

class NftRulesetTest {

    private final String nft = new NftRuleset(Seed.intent()).render();

    @Test
    void everyTableIsDeclaredThenDeletedSoAReloadReplacesIt() {
        for (String t : NftRuleset.TABLES) {
            assertThat(nft).contains("table " + t + "\ndelete table " + t + "\n");
            assertThat(nft).contains("table " + t + " {");
        }
    }

    @Test
    void natRulesFollowVyos13Template() {
        assertThat(nft).contains(
                "iifname \"pppoe0\" meta l4proto udp th dport 19132 dnat to 10.0.1.100:19132 comment \"DST-NAT-100\"",
                "oifname \"tun0\" ip saddr 10.0.1.0/24 masquerade comment \"SRC-NAT-100\"",
                "oifname \"pppoe0\" ip saddr 10.0.1.100/32 masquerade comment \"SRC-NAT-110\"");
        assertThat(nft.indexOf("SRC-NAT-100")).isLessThan(nft.indexOf("SRC-NAT-110"));
        assertThat(nft).contains("type nat hook postrouting priority srcnat");
    }

    @Test
    void policyRouteMarksForTable100AndClampsMssOfSynsEnteringTheLan() {
        assertThat(nft).contains("iifname \"eth1\" jump POLICY_PBR",
                "ip saddr 10.0.1.100/32 meta mark set 0x80000063 accept comment \"PBR-10\"",
                "meta l4proto tcp ip daddr 0.0.0.0/0 tcp flags & (syn | ack | fin | rst) == syn"
                        + " tcp option maxseg size > 1414 tcp option maxseg size set 1414 comment \"PBR-20\"");
        assertThat(nft).contains("type filter hook prerouting priority mangle");
    }

    @Test
    void firewallInOutLocalHookForwardAndInputWithVyosAcceptAsReturn() {
        assertThat(nft).contains("chain FORWARD {\n\t\ttype filter hook forward priority filter; policy accept;\n"
                + "\t\tiifname \"pppoe0\" jump NAME_WAN_IN\n\t\toifname \"pppoe0\" jump NAME_LAN_OUT\n");
        assertThat(nft).contains("type filter hook input priority filter; policy accept;\n"
                + "\t\tiifname \"pppoe0\" jump NAME_WAN_LOCAL\n");
        assertThat(nft).contains("\tchain NAME_WAN_IN {\n"
                + "\t\tct state { established, related } return comment \"WAN_IN-10\"\n"
                + "\t\tct state invalid drop comment \"WAN_IN-20\"\n"
                + "\t\tmeta l4proto udp ip daddr 10.0.1.100/32 th dport 19132 return comment \"WAN_IN-30\"\n"
                + "\t\tdrop comment \"WAN_IN default-action drop\"\n\t}");
        assertThat(nft).contains("\tchain NAME_LAN_OUT {\n\t\treturn comment \"LAN_OUT default-action return\"\n\t}");
    }

    @Test
    void excludeAndSnatAndNegationAreRendered() {
        var intent = Seed.with("set nat source rule 50 outbound-interface eth0",
                "set nat source rule 50 source address !10.0.1.0/24", "set nat source rule 50 exclude",
                "set nat source rule 60 outbound-interface eth0", "set nat source rule 60 translation address 192.0.2.7")
                .intent();
        String s = new NftRuleset(intent).render();
        assertThat(s).contains("oifname \"eth0\" ip saddr != 10.0.1.0/24 return comment \"SRC-NAT-50\"",
                "oifname \"eth0\" snat to 192.0.2.7 comment \"SRC-NAT-60\"");
    }

    /** Two rulesets on one path in 1.4's syntax: a final accept in the first, and its jumps in rule order. */
    @Test
    void aOneFourAcceptEndsTheHookAndTheJumpsKeepTheirRuleOrder() {
        VyosConfig c = VyosConfig.parse("nft.conf", String.join("\n",
                "set interfaces ethernet eth0 address 192.0.2.2/24",
                "set interfaces ethernet eth1 address 10.0.1.254/24",
                "set firewall ipv4 name A default-action return",
                "set firewall ipv4 name A rule 10 action accept",
                "set firewall ipv4 name A rule 10 protocol tcp",
                "set firewall ipv4 name A rule 10 destination port 80",
                "set firewall ipv4 name B default-action drop",
                "set firewall ipv4 forward filter rule 5 action jump",
                "set firewall ipv4 forward filter rule 5 jump-target B",
                "set firewall ipv4 forward filter rule 5 outbound-interface name eth1",
                "set firewall ipv4 forward filter rule 10 action jump",
                "set firewall ipv4 forward filter rule 10 jump-target A",
                "set firewall ipv4 forward filter rule 10 inbound-interface name eth0") + "\n", VyosVersion.V1_4);
        assertThat(c.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(c.intent().unmodelled()).isEmpty();
        String s = new NftRuleset(c.intent()).render();
        assertThat(s).contains("policy accept;\n\t\toifname \"eth1\" jump NAME_B\n\t\tiifname \"eth0\" jump NAME_A\n");
        assertThat(s).contains("meta l4proto tcp th dport 80 accept comment \"A-10\"",
                "return comment \"A default-action return\"", "drop comment \"B default-action drop\"");
    }

    /** What the intent does not represent is named: a base chain that drops by default, a rule that is no jump. */
    @Test
    void aOneFourBaseChainPolicyOrRuleOfItsOwnIsUnmodelled() {
        VyosConfig c = VyosConfig.parse("nft.conf", String.join("\n",
                "set interfaces ethernet eth0 address 192.0.2.2/24",
                "set firewall ipv4 input filter default-action drop",
                "set firewall ipv4 forward filter rule 5 action accept",
                "set firewall ipv4 forward filter rule 5 protocol tcp") + "\n", VyosVersion.V1_4);
        assertThat(c.intent().unmodelled()).extracting(Object::toString).anyMatch(u -> u.startsWith(
                "firewall ipv4 input filter default-action drop")).anyMatch(u -> u.startsWith(
                "firewall ipv4 forward filter rule 5 action accept"));
    }
}
