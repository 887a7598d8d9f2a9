package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outputs of the apply script (markers, each step's exit status), with VyOS 1.3's error texts. */
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

    /** The apply script's markers around each step's output, with each step's exit status. */
    private static String run(String set0, int rc0, String set1, int rc1, String commit, int rcCommit) {
        return "@@vyoslab step session\n@@vyoslab rc session 0\n"
                + "@@vyoslab step load\n@@vyoslab rc load 0\n"
                + "@@vyoslab step set 0\n" + set0 + "@@vyoslab rc set 0 " + rc0 + "\n"
                + "@@vyoslab step set 1\n" + set1 + "@@vyoslab rc set 1 " + rc1 + "\n"
                + "@@vyoslab step set 2\n@@vyoslab rc set 2 0\n"
                + (commit == null ? "" : "@@vyoslab step commit\n" + commit + "@@vyoslab rc commit " + rcCommit + "\n");
    }

    @Test
    void commitSuccessGivesNoDiagnostics() {
        String out = run("", 0, "", 0, "[ interfaces pppoe pppoe0 ]\n\n", 0) + "@@vyoslab committed\n";
        assertThat(parser.diagnostics(out, ConfigScript.COMMITTED)).isEmpty();
    }

    @Test
    void aFailedSetIsKnownByItsExitStatusNotByItsText() {
        // vyatta-cfg@1.3.4 src/cli_new.c bye(): "<Op> failed", then exit(1)
        String out = run("", 0, "", 1, null, 0);
        assertThat(parser.diagnostics(out, ConfigScript.REFUSED)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(102);
            assertThat(d.code()).isEqualTo("vyos-set-failed");
            assertThat(d.message()).contains("(exit 1)").doesNotContain("s3cr3t");
        });
    }

    @Test
    void outputThatLooksLikeAnErrorIsNotOneWhenTheSetExitedZero() {
        String out = run("Set failed earlier in a description\n", 0, "", 0, "", 0) + "@@vyoslab committed\n";
        assertThat(parser.diagnostics(out, ConfigScript.COMMITTED)).isEmpty();
    }

    @Test
    void setFailedIsMappedAndSecretsAreMasked() {
        String out = run("", 0, "Invalid value: s3cr3t\nValue validation failed\nSet failed\n", 1, null, 0);
        List<Diagnostic> d = parser.diagnostics(out, ConfigScript.REFUSED);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(102);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).doesNotContain("s3cr3t").contains("****").contains("Set failed");
        });
    }

    @Test
    void commitFailureIsMappedToTheFailingNode() {
        String out = run("", 0, "", 0, "[ interfaces pppoe pppoe0 ]\nPPPoE MRU needs to be lower then MTU!\n\n"
                + "[[interfaces pppoe pppoe0]] failed\nCommit failed\n", 1);
        List<Diagnostic> d = parser.diagnostics(out, ConfigScript.COMMIT_FAILED);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(101);
            assertThat(x.code()).isEqualTo("vyos-commit-failed");
            assertThat(x.message()).isEqualTo(
                    "commit failed in [interfaces pppoe pppoe0]: PPPoE MRU needs to be lower then MTU!");
        });
    }

    @Test
    void commitFailureWithoutAPathStillFails() {
        List<Diagnostic> d = parser.diagnostics(run("", 0, "", 0, "Commit failed\n", 1), ConfigScript.COMMIT_FAILED);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isZero();
            assertThat(x.message()).startsWith("commit failed: Commit failed");
        });
    }

    @Test
    void aNonZeroExitWithoutMarkersIsReported() {
        assertThat(parser.diagnostics("bash: /bin/cli-shell-api: No such file or directory\n", 127))
                .singleElement().satisfies(d -> {
                    assertThat(d.code()).isEqualTo("vyos-not-committed");
                    assertThat(d.message()).contains("exit 127", "No such file or directory");
                });
    }

    @Test
    void scriptCallsTheBinariesConfigsessionUses() {
        String script = new ConfigScript(VyosVersion.V1_3).apply(new ConfigScript.LoadFile(SshBootstrap.BASE_CONFIG),
                COMMANDS, true);
        assertThat(script).startsWith("exec 2>&1\n")
                .contains("API=/bin/cli-shell-api\nSBIN=/opt/vyatta/sbin\n")
                .contains("session_env=$(\"$API\" getSessionEnv $$ </dev/null)")
                .contains("run load \"$API\" loadFile /config/vyoslab-base.boot || failed=1\n")
                .contains("run 'set 1' \"$SBIN/my_set\" interfaces pppoe pppoe0 authentication password s3cr3t"
                        + " || failed=1\n")
                .contains("if run commit \"$SBIN/my_commit\"; then\n")
                .contains("run save sudo sg vyattacfg 'umask 0002 ; /opt/vyatta/sbin/vyatta-save-config.pl'");
        assertThat(new ConfigScript(VyosVersion.ROLLING).save()).contains("/usr/libexec/vyos/vyos-save-config.py");
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
