package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.config.VyosVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console dialogues replayed against transcripts (see resources console/README.md). */
class ConsoleDialogueTest {

    @TempDir
    Path tmp;

    private static final VyosTimeouts FAST = new VyosTimeouts(dev.vyoslab.vm.Accelerator.KVM, Duration.ofSeconds(5),
            Duration.ofSeconds(5), Duration.ofSeconds(5));

    private final ByteArrayOutputStream typed = new ByteArrayOutputStream();

    private List<String> typedLines() {
        return List.of(typed.toString(StandardCharsets.UTF_8).split("\r", -1));
    }

    private ConsoleDialogue dialogue(String transcript) {
        return new ConsoleDialogue("vyos", Resources.replay(transcript, typed), tmp.resolve("vyos-console.txt"));
    }

    @Test
    void logsInAsCheckQemuInstallDoes() {
        ConsoleDialogue d = dialogue("console/check-qemu-install_1.3-live-login.txt");
        d.run(VyosLogin.steps("vyos", "vyos", FAST));
        assertThat(typedLines()).containsExactly("vyos", "vyos", "");
        assertThat(d.save()).content().contains("vyos@vyos:~$");
    }

    @Test
    void installImageOnEquuleusAnswersEveryQuestion() {
        List<ConsoleStep> steps = new ArrayList<>(InstallDialogue.steps(VyosVersion.V1_3, "secret-pw", FAST));
        steps.addAll(VyosLogin.poweroff());
        dialogue("console/vyos-docs-1.3_install-image.txt").run(steps);
        assertThat(typedLines()).containsExactly("install image", "Yes", "", "", "Yes", "", "", "/opt/vyatta/etc/config.boot.default", "secret-pw",
                "secret-pw", "", "poweroff", "y", "");
    }

    @Test
    void installImageOnRollingUsesThePythonInstallerAndASerialConsole() {
        List<ConsoleStep> steps = new ArrayList<>(InstallDialogue.steps(VyosVersion.ROLLING, "pw", FAST));
        steps.addAll(VyosLogin.poweroff());
        dialogue("console/vyos-docs-rolling_install-image.txt").run(steps);
        assertThat(typedLines()).containsExactly("install image", "y", "", "pw", "pw", "S", "", "y", "Y", "2",
                "poweroff", "y", "");
    }

    @Test
    void sshBootstrapFindsTheManagementNicByMacAndCommits() {
        ConsoleDialogue d = dialogue("console/ssh-bootstrap_1.3.txt");
        String nic = SshBootstrap.nicOf(d.run(SshBootstrap.findManagementNic()).get(1));
        assertThat(nic).isEqualTo("eth2");
        d.run(SshBootstrap.enableSsh(nic));
        assertThat(typedLines()).containsExactly(
                "ip -o link show | awk '/52:54:00:ff:ff:ff/ {print \"MGMT=\" $2}'",
                "configure", "set interfaces ethernet eth2 address 10.0.2.15/24",
                "set interfaces ethernet eth2 description 'vyos-lab management'", "set service ssh port 22",
                "set service ssh disable-host-validation", "set service ssh listen-address 10.0.2.15",
                "commit", "save", "save /config/vyoslab-base.boot", "exit", "");
    }

    @Test
    void missingPromptFailsNamingNodeExpectationAndSavedTranscript() {
        assertThatThrownBy(() -> dialogue("console/unexpected_login-banner.txt")
                .run(VyosLogin.steps("vyos", "vyos", FAST.withBoot(Duration.ofMillis(300)))))
                .isInstanceOfSatisfying(UnexpectedOutputException.class, e -> {
                    assertThat(e.node()).isEqualTo("vyos");
                    assertThat(e.expected()).contains("[Ll]ogin:");
                    assertThat(e.transcript()).isEqualTo(tmp.resolve("vyos-console.txt"));
                    assertThat(e.transcript()).content().contains("Kernel panic");
                    assertThat(e).hasMessageContaining("[vyos] login prompt: expected /[Ll]ogin: ?/")
                            .hasMessageContaining("Kernel panic")
                            .hasMessageContaining("full transcript: " + tmp.resolve("vyos-console.txt"));
                });
    }

    @Test
    void errorOutputBeforeThePromptFailsTheStep() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        var console = new dev.vyoslab.vm.SerialConsole("vyos", new java.io.ByteArrayInputStream(
                ("vyos@vyos# set service ssh prot 22\n\n  Configuration path: [service ssh prot] is not valid\n"
                        + "  Set failed\n\n[edit]\nvyos@vyos# ").getBytes(StandardCharsets.UTF_8)), sink, null);
        ConsoleDialogue d = new ConsoleDialogue("vyos", console, null);
        d.run(ConsoleStep.expect("configuration prompt", VyosLogin.CONFIG_PROMPT, Duration.ofSeconds(1)));
        assertThatThrownBy(() -> d.run(List.of(ConsoleStep.expect("prompt after ssh", VyosLogin.CONFIG_PROMPT,
                Duration.ofSeconds(1)).failingOn("Set failed"))))
                .isInstanceOf(UnexpectedOutputException.class)
                .hasMessageContaining("prompt after ssh: expected no output matching /Set failed/")
                .hasMessageContaining("is not valid");
    }

    @Test
    void passwordsAreNotShownInLogs() {
        ConsoleStep step = ConsoleStep.answer("password", "x", "hunter2", Duration.ZERO).asSecret();
        assertThat(step.shownAnswer()).isEqualTo("********");
    }
}
