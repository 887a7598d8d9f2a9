package dev.vyoslab.dut.vyos;

import java.time.Duration;
import java.util.List;

/**
 * The serial-console login of VyOS and its prompts, as vyos-build's {@code scripts/check-qemu-install} expects them:
 * {@code [Ll]ogin:}, {@code [Pp]assword:}, then {@code vyos@vyos:~$}.
 */
final class VyosLogin {

    static final String DEFAULT_USER = "vyos";
    static final String DEFAULT_PASSWORD = "vyos";
    /** Operational-mode prompt; the host name may change once a config sets {@code system host-name}. */
    static final String OP_PROMPT = "vyos@[\\w.-]+:~\\$ ?";
    /** Configuration-mode prompt. */
    static final String CONFIG_PROMPT = "vyos@[\\w.-]+# ?";

    private VyosLogin() {
    }

    /** Waits for the login prompt (after a boot of up to {@code t.boot()}), logs in and waits for the shell prompt. */
    static List<ConsoleStep> steps(String user, String password, VyosTimeouts t) {
        return List.of(
                ConsoleStep.answer("login prompt", "[Ll]ogin: ?", user, t.boot()),
                ConsoleStep.answer("password prompt", "[Pp]assword: ?", password, t.prompt()).asSecret(),
                ConsoleStep.expect("shell prompt after login", OP_PROMPT, t.prompt()).failingOn("Login incorrect"));
    }

    /** Powers the guest off from the operational prompt; QEMU then exits. */
    static List<ConsoleStep> poweroff() {
        return List.of(
                ConsoleStep.send("poweroff", "poweroff"),
                ConsoleStep.answer("poweroff confirmation", "Are you sure you want to poweroff this system[^\\n]*[\\]:]",
                        "y", Duration.ofSeconds(30)));
    }

    /** Reboots from the operational prompt; the next step is a login. */
    static List<ConsoleStep> reboot() {
        return List.of(
                ConsoleStep.send("reboot", "reboot"),
                ConsoleStep.answer("reboot confirmation", "Are you sure you want to reboot this system[^\\n]*[\\]:]",
                        "y", Duration.ofSeconds(30)));
    }
}
