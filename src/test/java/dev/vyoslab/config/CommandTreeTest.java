package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated command trees: their sources, a few facts checked against VyOS's sources, sizes and load time. */
class CommandTreeTest {

    private static final CommandTree V13 = CommandTree.of("1.3.4");

    @Test
    void recordsTheSourceCommits() {
        assertThat(V13.source("vyos-1x")).contains(new CommandTree.Source("vyos-1x", "1.3.4",
                "e6118a08081faccaccea14fe1c30a633250ef901"));
        assertThat(V13.source("vyatta-cfg-firewall")).contains(new CommandTree.Source("vyatta-cfg-firewall", "1.3.4",
                "49dd3dc21d7069c1934541c05ecb2201bd8313a2"));
        assertThat(V13.sources()).hasSize(13);
        assertThat(V13.generator()).isEqualTo("GenerateCommandTree 4");
        // vyos-1x@1.4.0 interface-definitions/include/version/system-version.xml.i: version='27'
        assertThat(CommandTree.of("1.4.0").components()).containsEntry("system", 27).containsEntry("firewall", 15);
        // vyos-1x@1.3.4 src/migration-scripts/nat/4-to-5 is the last NAT migration of 1.3
        assertThat(V13.components()).containsEntry("nat", 5);
        assertThat(CommandTree.of("1.4.0").sources()).containsExactly(new CommandTree.Source("vyos-1x", "1.4.0",
                "9017dad232c00ed10347ff9b1adec3324b3bff71"));
        assertThat(CommandTree.of("rolling").sources()).containsExactly(new CommandTree.Source("vyos-1x", "current",
                "3710c5879f5733d05aae6e156f74d62b73821b2d"));
    }

    @Test
    void pppoeMruHasItsRangeAndDefault() {
        // vyos-1x 1.3.4 interface-definitions/interfaces-pppoe.xml.in: numeric --range 128-16384, default 1492
        CommandNode mru = V13.node("interfaces pppoe mru").orElseThrow();
        assertThat(mru.kind()).isEqualTo(CommandNode.Kind.LEAF);
        assertThat(mru.defaultValue()).contains("1492");
        assertThat(mru.numericRanges()).containsExactly(new double[] {128, 16384});
        assertThat(mru.check("1492")).isEqualTo(ValueRule.Verdict.ACCEPTS);
        assertThat(mru.check("16385")).isEqualTo(ValueRule.Verdict.REFUSES);
        assertThat(V13.lookup(List.of("interfaces", "pppoe", "pppoe0", "mru", "1454")).known()).isTrue();
    }

    @Test
    void natRulesGoToNineHundredNinetyNineThousand() {
        // 1.3.4 installs NAT from vyatta-nat (vyos-1x's Makefile removes its own nat templates, T3781);
        // both say 1-999999
        for (String side : List.of("source", "destination")) {
            CommandNode rule = V13.node("nat " + side + " rule").orElseThrow();
            assertThat(rule.kind()).isEqualTo(CommandNode.Kind.TAG);
            assertThat(rule.numericRanges()).containsExactly(new double[] {1, 999999});
            assertThat(rule.check("999999")).isEqualTo(ValueRule.Verdict.ACCEPTS);
            assertThat(rule.check("1000000")).isEqualTo(ValueRule.Verdict.REFUSES);
        }
        assertThat(CommandTree.of("1.4.0").node("nat source rule").orElseThrow().numericRanges())
                .containsExactly(new double[] {1, 999999});
    }

    @Test
    void policyRouteRulesGoToNineThousandNineHundredNinetyNine() {
        // vyatta-cfg-firewall templates/policy/route/node.tag/rule/node.def: $VAR(@) > 0 && $VAR(@) <= 9999
        CommandNode rule = V13.node("policy route rule").orElseThrow();
        assertThat(rule.numericRanges()).containsExactly(new double[] {1, 9999});
        assertThat(rule.check("10000")).isEqualTo(ValueRule.Verdict.REFUSES);
    }

    @Test
    void staticRoutesAreNetworksAsIpaddrcheckSays() {
        // vyatta-cfg-quagga@1.3.4 templates/protocols/static/route/node.def: type ipv4net and
        // syntax:expression: exec "ipaddrcheck --verbose --is-ipv4-net $VAR(@)" (host bits zero; generator 4)
        CommandNode route = V13.node("protocols static route").orElseThrow();
        assertThat(route.check("192.0.2.0/24")).isEqualTo(ValueRule.Verdict.ACCEPTS);
        assertThat(route.check("0.0.0.0/0")).isEqualTo(ValueRule.Verdict.ACCEPTS);
        assertThat(route.check("192.0.2.1/24")).isEqualTo(ValueRule.Verdict.REFUSES);
        assertThat(V13.node("protocols static route6").orElseThrow().check("2001:db8::1/64"))
                .isEqualTo(ValueRule.Verdict.REFUSES);
    }

    @Test
    void eui64PrefixesAreSlash64() {
        // vyos-1x@1.3.4 src/validators/ipv6-eui64-prefix: prefix.split('/')[1] == '64'
        CommandNode eui64 = V13.node("interfaces ethernet ipv6 address eui64").orElseThrow();
        assertThat(eui64.check("2001:db8:0:1::/64")).isEqualTo(ValueRule.Verdict.ACCEPTS);
        assertThat(eui64.check("2001:db8::/48")).isEqualTo(ValueRule.Verdict.REFUSES);
        assertThat(eui64.check("2001:db8::")).isEqualTo(ValueRule.Verdict.REFUSES);
    }

    @Test
    void firewallRulesAreWhatTheTemplateSays() {
        // vyatta-cfg-firewall templates/firewall/name/node.tag/rule/node.def: type u32, > 0 && <= 999999
        CommandNode rule = V13.node("firewall name rule").orElseThrow();
        assertThat(rule.kind()).isEqualTo(CommandNode.Kind.TAG);
        assertThat(rule.numericRanges()).containsExactly(new double[] {1, 999999});
        // the ruleset name: at most 28 printable characters, not starting with '-', not VZONE...
        CommandNode name = V13.node("firewall name").orElseThrow();
        assertThat(name.check("WAN-IN")).isEqualTo(ValueRule.Verdict.ACCEPTS);
        assertThat(name.check("-WAN")).isEqualTo(ValueRule.Verdict.REFUSES);
        assertThat(name.check("VZONE-X")).isEqualTo(ValueRule.Verdict.REFUSES);
        assertThat(name.check("A".repeat(29))).isEqualTo(ValueRule.Verdict.REFUSES);
        // generated per interface by the package's gen-interface-templates.pl
        assertThat(V13.lookup(List.of("interfaces", "ethernet", "eth0", "vif", "10", "firewall", "in", "name", "WAN-IN"))
                .known()).isTrue();
    }

    @Test
    void unknownNodesAreUnknown() {
        assertThat(V13.node("system bogus-node")).isEmpty();
        CommandTree.Lookup l = V13.lookup(List.of("system", "bogus-node", "1"));
        assertThat(l.known()).isFalse();
        assertThat(l.unknownAt()).isEqualTo(1);
        assertThat(V13.lookup(List.of("interfaces", "pppoe", "pppoe0", "mru", "1492", "extra")).unknownAt()).isEqualTo(5);
        assertThat(V13.lookup(List.of("interfaces", "pppoe", "pppoe0", "mru")).why()).isEqualTo("'mru' needs a value");
        assertThat(V13.lookup(List.of("interfaces", "pppoe", "pppoe0", "mru", "1492")).value()).contains("1492");
    }

    @Test
    void vyosRegexesAreAnchoredAsVyosAnchorsThem() {
        // validate-value (vyos-utils) matches "^" + regex + "$": the whole value for a plain group
        CommandNode pppoe = V13.node("interfaces pppoe").orElseThrow();
        assertThat(pppoe.check("pppoe0")).isEqualTo(ValueRule.Verdict.ACCEPTS);
        assertThat(pppoe.check("xpppoe0")).isEqualTo(ValueRule.Verdict.REFUSES);
    }

    @Test
    void sizesPerRelease() {
        assertThat(V13.size()).isEqualTo(6063);
        assertThat(CommandTree.of("1.4.0").size()).isEqualTo(9699);
        assertThat(CommandTree.of("rolling").size()).isEqualTo(11227);
    }

    @Test
    void malformedTreesFailWithTheirLine() {
        String header = "% generator G 1\n% release x\n% source vyos-1x r c\n";
        assertThatThrownBy(() -> CommandTree.parse(header + "a b\tleaf\n"))
                .hasMessageContaining("line 4").hasMessageContaining("parent of 'a b'");
        assertThatThrownBy(() -> CommandTree.parse(header + "a\tleaf\tis:no-such-format\n"))
                .hasMessageContaining("unknown value format");
        assertThatThrownBy(() -> CommandTree.parse("a\tnode\n")).hasMessageContaining("header");
    }

    @Test
    void loadsQuickly() {
        var threads = ManagementFactory.getThreadMXBean();
        StringBuilder report = new StringBuilder();
        for (String release : List.of("1.3.4", "1.4.0", "rolling")) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            CommandTree t = CommandTree.parse(resource(release));
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            report.append(release).append(": ").append(t.size()).append(" nodes in ").append(wallMs)
                    .append(" ms wall, ").append(cpuMs).append(" ms CPU; ");
            // loose guard for a loaded machine; the printed numbers are the measurement
            assertThat(wallMs).isLessThan(1500);
        }
        System.out.println("command tree load (first parse in this JVM, resource read included): " + report);
    }

    private static String resource(String release) {
        try (var in = CommandTree.class.getResourceAsStream("tree/vyos-" + release + ".tree")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
