package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetSyntaxTest {

    @Test
    void readsQuotingCommentsAndContinuations() {
        VyosConfig c = Configs.lines(
                "#!/bin/vbash",
                "# a comment",
                "",
                "set policy route PBR rule 20 tcp flags 'SYN,!ACK,!FIN,!RST'   # trailing comment",
                "set policy route PBR rule 20 protocol tcp",
                "set policy route PBR rule 20 set tcp-mss 1414",
                "set firewall name WAN_IN description \"WAN to \\\"Internal\\\"\"",
                "set nat source rule 100 description LAN\\ Source\\ NAT",
                "set nat source rule 100 outbound-interface eth1",
                "set nat source rule 100 translation address masquerade",
                "set interfaces ethernet eth1 \\",
                "    address 10.0.1.254/24");
        assertThat(c.diagnostics()).isEmpty();
        assertThat(c.tree().value(List.of("policy", "route", "PBR", "rule", "20", "tcp", "flags")))
                .contains("SYN,!ACK,!FIN,!RST");
        assertThat(c.tree().value(List.of("firewall", "name", "WAN_IN", "description"))).contains("WAN to \"Internal\"");
        assertThat(c.tree().value(List.of("nat", "source", "rule", "100", "description"))).contains("LAN Source NAT");
        assertThat(c.lineOf(List.of("interfaces", "ethernet", "eth1", "address", "10.0.1.254/24"))).contains(11);
    }

    @Test
    void interactiveCommandsAreIgnoredWithANote() {
        VyosConfig c = Configs.lines(
                "vyos@vyos# set interfaces ethernet eth1 address 10.0.1.254/24",
                "commit",
                "save",
                "run show interfaces",
                "exit");
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.NOTE);
        assertThat(c.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(c.tree().has(List.of("interfaces", "ethernet", "eth1", "address", "10.0.1.254/24"))).isTrue();
    }

    @Test
    void deleteRemovesWhatWasSet() {
        VyosConfig c = Configs.lines(
                "set interfaces ethernet eth1 address 10.0.1.254/24",
                "set interfaces ethernet eth1 description LAN",
                "delete interfaces ethernet eth1 address 10.0.1.254/24");
        assertThat(c.tree().paths()).containsExactly(List.of("interfaces", "ethernet", "eth1", "description", "LAN"));
    }

    @Test
    void rendersQuotedWhereTheShellNeedsIt() {
        assertThat(Renderer.quote("10.0.1.0/24")).isEqualTo("10.0.1.0/24");
        assertThat(Renderer.quote("SYN,!ACK")).isEqualTo("'SYN,!ACK'");
        assertThat(Renderer.quote("LAN Source NAT")).isEqualTo("'LAN Source NAT'");
        assertThat(Renderer.quote("")).isEqualTo("''");
        assertThat(Renderer.quote("it's")).isEqualTo("\"it's\"");
    }
}
