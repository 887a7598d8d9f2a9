package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.VyosVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply script run by bash against stub binaries ({@link StubVyos}) failing each way: what it calls, its exit
 * status, what is in force afterwards, and the diagnostics {@link ApplyOutput} reads from its output.
 */
class ConfigScriptBashTest {

    private static final List<SetCommand> COMMANDS = List.of(
            SetCommand.parse("set interfaces ethernet eth1 address '10.0.1.254/24'"),
            SetCommand.parse("set interfaces pppoe pppoe0 authentication password 's3cr3t'"),
            SetCommand.parse("set interfaces pppoe pppoe0 default-route auto"));
    private static final Map<List<String>, Integer> LINES = Map.of(
            List.of("interfaces", "ethernet", "eth1", "address", "10.0.1.254/24"), 57,
            List.of("interfaces", "pppoe", "pppoe0", "authentication", "password", "s3cr3t"), 102,
            List.of("interfaces", "pppoe", "pppoe0", "default-route", "auto"), 103,
            List.of("interfaces", "pppoe", "pppoe0"), 101);

    @TempDir
    Path tmp;
    private StubVyos vyos;
    private String base;

    @BeforeEach
    void stubs() throws IOException {
        vyos = new StubVyos(tmp);
        base = tmp.resolve("base.boot").toString();
        Files.writeString(Path.of(base), "interfaces ethernet eth2 address 10.0.2.15/24\nservice ssh port 22\n");
    }

    private String script(List<SetCommand> commands) {
        return new ConfigScript(vyos.binaries(), VyosVersion.V1_3)
                .apply(new ConfigScript.LoadFile(base), commands, false);
    }

    private List<Diagnostic> diagnostics(StubVyos.Run run, List<SetCommand> commands) {
        return new ApplyOutput("seed.conf", commands, p -> Optional.ofNullable(LINES.get(p)),
                s -> s.replace("s3cr3t", "****")).diagnostics(run.output(), run.status());
    }

    @Test
    void everySetAndTheCommitSucceed() {
        StubVyos.Run run = vyos.run(script(COMMANDS));
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.COMMITTED);
        assertThat(vyos.calls()).containsExactly(
                "cli-shell-api getSessionEnv " + vyos.calls().get(0).split(" ")[2],
                "cli-shell-api setupSession",
                "cli-shell-api showConfig --show-active-only --show-ignore-edit",
                "cli-shell-api loadFile " + base,
                "my_set interfaces ethernet eth1 address 10.0.1.254/24",
                "my_set interfaces pppoe pppoe0 authentication password s3cr3t",
                "my_set interfaces pppoe pppoe0 default-route auto",
                "my_commit",
                "cli-shell-api teardownSession");
        assertThat(vyos.active()).contains("service ssh port 22", "interfaces pppoe pppoe0 default-route auto");
        assertThat(diagnostics(run, COMMANDS)).isEmpty();
    }

    @Test
    void aRefusedValueDiscardsWithoutCommitting() {
        String before = vyos.active();
        StubVyos.Run run = vyos.run(script(COMMANDS), "REJECT=s3cr3t");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.REFUSED);
        assertThat(vyos.calls()).doesNotContain("my_commit").contains("my_discard", "cli-shell-api teardownSession");
        assertThat(vyos.active()).isEqualTo(before);
        assertThat(diagnostics(run, COMMANDS)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(102);
            assertThat(d.code()).isEqualTo("vyos-set-failed");
            assertThat(d.message()).contains("Value validation failed", "Set failed", "(exit 1)")
                    .doesNotContain("s3cr3t");
        });
    }

    @Test
    void anInvalidPathIsMappedToItsLineAndTheLaterSetsStillRun() {
        List<SetCommand> typo = List.of(SetCommand.parse("set interfaces ethernet eth1 adress '10.0.1.254/24'"),
                COMMANDS.get(2));
        StubVyos.Run run = vyos.run(script(typo), "INVALID=adress");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.REFUSED);
        assertThat(vyos.calls()).contains("my_set interfaces pppoe pppoe0 default-route auto", "my_discard")
                .doesNotContain("my_commit");
        List<Diagnostic> d = new ApplyOutput("seed.conf", typo,
                p -> Optional.ofNullable(Map.of(List.of("interfaces", "ethernet", "eth1"), 56).get(p)), s -> s)
                .diagnostics(run.output(), run.status());
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(56);
            assertThat(x.code()).isEqualTo("vyos-invalid-path");
            assertThat(x.message()).endsWith(
                    "Configuration path: [interfaces ethernet eth1 adress 10.0.1.254/24] is not valid");
        });
    }

    @Test
    void aFailedCommitIsDiscardedAndLeavesTheOldConfig() {
        String before = vyos.active();
        StubVyos.Run run = vyos.run(script(COMMANDS), "COMMIT=failed");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.COMMIT_FAILED);
        assertThat(vyos.calls()).containsSubsequence("my_commit", "my_discard", "cli-shell-api sessionChanged",
                "cli-shell-api teardownSession").filteredOn("my_commit"::equals).hasSize(1);
        assertThat(vyos.calls()).anyMatch(c -> c.startsWith("cli-shell-api loadFile /tmp/vyoslab-before."));
        assertThat(vyos.active()).isEqualTo(before);
        assertThat(diagnostics(run, COMMANDS)).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(101);
            assertThat(x.code()).isEqualTo("vyos-commit-failed");
            assertThat(x.message()).isEqualTo("commit failed in [interfaces pppoe pppoe0]: Physical source-interface"
                    + " required for interface \"pppoe0\"");
        });
    }

    @Test
    void aPartialCommitIsUndoneByCommittingThePreviousConfig() {
        String before = vyos.active();
        StubVyos.Run run = vyos.run(script(COMMANDS), "COMMIT=partial");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.COMMIT_PARTIAL);
        assertThat(vyos.calls()).filteredOn("my_commit"::equals).hasSize(2);
        assertThat(vyos.active()).isEqualTo(before);
        assertThat(diagnostics(run, COMMANDS)).extracting(Diagnostic::code)
                .containsExactly("vyos-commit-failed", "vyos-commit-partial");
    }

    @Test
    void aPartialCommitThatCannotBeUndoneSaysSo() {
        StubVyos.Run run = vyos.run(script(COMMANDS), "COMMIT=partial-stuck");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.RESTORE_FAILED);
        assertThat(vyos.calls()).last().isEqualTo("cli-shell-api teardownSession");
        assertThat(diagnostics(run, COMMANDS)).extracting(Diagnostic::code)
                .contains("vyos-commit-failed", "vyos-restore-failed");
    }

    @Test
    void aCommandReadingStdinCannotEatTheRestOfTheScript() {
        StubVyos.Run run = vyos.run(script(COMMANDS), "READ_STDIN=1");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.COMMITTED);
        assertThat(vyos.calls()).filteredOn(c -> c.startsWith("my_set")).hasSize(3);
        assertThat(vyos.calls()).contains("my_commit");
    }

    @Test
    void noSessionStopsBeforeAnySet() {
        StubVyos.Run run = vyos.run(script(COMMANDS), "SESSION=broken");
        assertThat(run.status()).as(run.output()).isEqualTo(ConfigScript.NO_SESSION);
        assertThat(vyos.calls()).noneMatch(c -> c.startsWith("my_"));
        assertThat(diagnostics(run, COMMANDS)).extracting(Diagnostic::code).containsExactly("vyos-no-session");
    }

    @Test
    void wordsReachMySetLiterallyWhateverTheyHoldForTheShell() {
        List<SetCommand> odd = List.of(SetCommand.of(List.of("system", "login", "banner", "pre-login",
                "it's $(touch " + tmp.resolve("pwned") + ") `id` \"q\" \\n")));
        StubVyos.Run run = vyos.run(script(odd));
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(tmp.resolve("pwned")).doesNotExist();
        assertThat(vyos.calls()).contains("my_set system login banner pre-login it's $(touch " + tmp.resolve("pwned")
                + ") `id` \"q\" \\n");
    }

    @Test
    void aWholeConfigBootGoesThroughVyosLoadConfigSoVyosMigratesIt() {
        String boot = "interfaces {\n    ethernet eth0 {\n        address dhcp\n    }\n}\n"
                + "// vyos-config-version: \"interfaces@22:system@21\"\n// Release version: 1.3.4\n";
        String script = new ConfigScript(vyos.binaries(), VyosVersion.V1_3)
                .apply(new ConfigScript.MigrateAndLoad(boot), SshBootstrap.managementCommands("eth2", true), true);
        StubVyos.Run run = vyos.run(script);
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(vyos.read("loaded.boot")).isEqualTo(boot);
        assertThat(vyos.calls()).anyMatch(c -> c.startsWith("vyos-load-config.py /tmp/vyoslab-load."))
                .contains("my_set service ssh disable-host-validation",
                        "sudo sg vyattacfg umask 0002 ; " + tmp.resolve("sbin") + "/vyatta-save-config.pl");
        assertThat(ApplyOutput.steps(run.output())).containsKeys("load", "set 0", "commit", "save");
    }
}
