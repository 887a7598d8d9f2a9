package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** vbash outputs of the apply script, with VyOS 1.3's error texts. */
class ApplyOutputTest {

    private static final List<SetCommand> COMMANDS = List.of(
            SetCommand.parse("set interfaces ethernet eth1 address '10.0.1.254/24'"),
            SetCommand.parse("set interfaces pppoe pppoe0 authentication password 's3cr3t'"),
            SetCommand.parse("set interfaces pppoe pppoe0 source-interface eth0"));
    /** Lines of the user's file, as VyosConfig.lineOf would give them. */
    private static final Map<List<String>, Integer> LINES = Map.of(
            List.of("interfaces", "ethernet", "eth1", "address", "10.0.1.254/24"), 57,
            List.of("interfaces", "pppoe", "pppoe0", "authentication", "password", "s3cr3t"), 102,
            List.of("interfaces", "pppoe", "pppoe0", "source-interface", "eth0"), 103,
            List.of("interfaces", "pppoe", "pppoe0"), 101);

    private final ApplyOutput parser = new ApplyOutput("seed.conf", COMMANDS,
            p -> Optional.ofNullable(LINES.get(p)), s -> s.replace("s3cr3t", "****"));

    private static String run(String set0, String set1, String set2, String commit) {
        return "@@vyoslab load\nLoading configuration from '/config/vyoslab-base.boot'...\n\nLoad complete."
                + "  Use 'commit' to make changes effective.\n"
                + "@@vyoslab set 0\n" + set0 + "@@vyoslab set 1\n" + set1 + "@@vyoslab set 2\n" + set2
                + "@@vyoslab commit\n" + commit;
    }

    @Test
    void commitSuccessGivesNoDiagnostics() {
        String out = run("", "", "", "[ interfaces pppoe pppoe0 ]\n\n@@vyoslab committed\n");
        assertThat(parser.diagnostics(out)).isEmpty();
    }

    @Test
    void invalidPathIsMappedToTheUsersLine() {
        String out = run("\n  Configuration path: [interfaces ethernet eth1 adress] is not valid\n  Set failed\n\n",
                "", "", "@@vyoslab discarding\n");
        List<Diagnostic> d = parser.diagnostics(out);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).line()).isEqualTo(57);
        assertThat(d.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(d.get(0).code()).isEqualTo("vyos-invalid-path");
        assertThat(d.get(0).message()).contains("Configuration path: [interfaces ethernet eth1 adress] is not valid");
    }

    @Test
    void setFailedIsMappedAndSecretsAreMasked() {
        String out = run("", "\n  Password must not be empty: s3cr3t\n  Value validation failed\n  Set failed\n\n", "",
                "@@vyoslab discarding\n");
        List<Diagnostic> d = parser.diagnostics(out);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(102);
            assertThat(x.code()).isEqualTo("vyos-set-failed");
            assertThat(x.message()).doesNotContain("s3cr3t").contains("****").contains("Set failed");
        });
    }

    @Test
    void commitFailureIsMappedToTheFailingNode() {
        String out = run("", "", "", "[ interfaces pppoe pppoe0 ]\nPPPoE source interface is mandatory!\n\n"
                + "[[interfaces pppoe pppoe0]] failed\nCommit failed\n@@vyoslab discarding\n");
        List<Diagnostic> d = parser.diagnostics(out);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(101);
            assertThat(x.code()).isEqualTo("vyos-commit-failed");
            assertThat(x.message()).isEqualTo(
                    "commit failed in [interfaces pppoe pppoe0]: PPPoE source interface is mandatory!");
        });
    }

    @Test
    void commitFailureWithoutAPathStillFails() {
        List<Diagnostic> d = parser.diagnostics(run("", "", "", "Commit failed\n@@vyoslab discarding\n"));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isZero();
            assertThat(x.message()).startsWith("commit failed: Commit failed");
        });
    }

    @Test
    void silentNonCommitIsReported() {
        assertThat(parser.diagnostics("bash: configure: command not found\n"))
                .singleElement().extracting(Diagnostic::code).isEqualTo("vyos-not-committed");
    }

    @Test
    void scriptCommitsOnlyWhenEverySetSucceededAndAlwaysLeaves() {
        String script = ConfigScript.apply(COMMANDS, true);
        assertThat(script).startsWith("source /opt/vyatta/etc/functions/script-template\nconfigure\n")
                .contains("load /config/vyoslab-base.boot || vyoslab_failed=1\n")
                .contains("echo '@@vyoslab set 1'\nset interfaces pppoe pppoe0 authentication password 's3cr3t'"
                        + " || vyoslab_failed=1\n")
                .contains("if [ -z \"$vyoslab_failed\" ] && commit; then\n")
                .contains("  save\nelse\n  echo '@@vyoslab discarding'\n  discard\nfi\n")
                .endsWith("exit\n");
    }

    @Test
    void setCommandsRoundTripQuoting() {
        SetCommand c = SetCommand.parse("set nat source rule 100 description 'LAN Source NAT'");
        assertThat(c.path()).containsExactly("nat", "source", "rule", "100", "description", "LAN Source NAT");
        assertThat(SetCommand.of(c.path()).text()).isEqualTo(c.text());
        assertThat(SetCommand.of(List.of("policy", "route", "PBR", "rule", "20", "tcp", "flags", "SYN,!ACK")).text())
                .isEqualTo("set policy route PBR rule 20 tcp flags 'SYN,!ACK'");
    }
}
