package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.ConfigTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Turns on SSH on the management NIC through the console, so everything after boot goes over SSH: finds the NIC by
 * its MAC (VyOS names NICs in PCI order, and the management NIC sits after the data NICs), gives it the address QEMU's
 * user network forwards SSH to, enables {@code service ssh}, commits, saves, and keeps the result as the base config
 * that each {@code apply} starts from.
 */
final class SshBootstrap {

    /** Each apply loads this first, so the user's config replaces the previous one but keeps management access. */
    static final String BASE_CONFIG = "/config/vyoslab-base.boot";
    private static final String DESCRIPTION = "vyos-lab management";
    // vyatta-cfg@1.3.4 src/cstore/cstore.cpp, src/cli_new.c bye(), src/commit/commit-algorithm.cpp
    private static final String ERRORS = "Set failed|is not valid|Invalid command|Commit failed";

    private SshBootstrap() {
    }

    /** Prints {@code MGMT=ethN:} for the NIC with the management MAC. */
    static List<ConsoleStep> findManagementNic() {
        return List.of(
                ConsoleStep.send("find management NIC",
                        "ip -o link show | awk '/" + VyosQemu.MGMT_MAC + "/ {print \"MGMT=\" $2}'"),
                ConsoleStep.expect("management NIC", "MGMT=(eth\\d+):", Duration.ofSeconds(30)),
                ConsoleStep.expect("prompt after NIC lookup", VyosLogin.OP_PROMPT, Duration.ofSeconds(30)));
    }

    static String nicOf(MatchResult managementNic) {
        return managementNic.group(1);
    }

    /**
     * sshd listens on the management address only (vyos-1x@1.3.4 data/templates/ssh/sshd_config.tmpl: one
     * ListenAddress per {@code service ssh listen-address}), so the access the harness adds opens nothing on the
     * ports a scan of the router sees.
     */
    static final List<String> LISTEN = List.of("service", "ssh", "listen-address", VyosQemu.GUEST_MGMT_ADDRESS);

    /**
     * The management access as set commands: what a whole config.boot load (which replaces the base config) adds
     * back. The same paths {@link #enableSsh} types on the console. Without {@code bound}, sshd is not held to the
     * management address: the config's own {@code service ssh} listens on every address, as it would on the router.
     */
    static List<SetCommand> managementCommands(String nic, boolean bound) {
        List<SetCommand> commands = new ArrayList<>(List.of(
                SetCommand.of(List.of("interfaces", "ethernet", nic, "address", VyosQemu.GUEST_MGMT_CIDR)),
                SetCommand.of(List.of("interfaces", "ethernet", nic, "description", DESCRIPTION)),
                SetCommand.of(List.of("service", "ssh", "port", "22")),
                // vyos-1x@1.3.4 data/templates/ssh/sshd_config.tmpl: UseDNS no only with disable-host-validation
                SetCommand.of(List.of("service", "ssh", "disable-host-validation"))));
        if (bound) {
            commands.add(SetCommand.of(LISTEN));
        }
        return commands;
    }

    /**
     * Whether the harness may hold sshd to the management address for {@code config}: not when the config enables
     * {@code service ssh} on every address (no listen-address of its own), or its SSH would vanish from a scan.
     */
    static boolean bindsManagementOnly(ConfigTree config) {
        return !config.has(List.of("service", "ssh")) || config.has(List.of("service", "ssh", "listen-address"));
    }

    /** Configure mode, the management commands, commit, save, back to operational mode. */
    static List<ConsoleStep> enableSsh(String nic) {
        Duration shortWait = Duration.ofSeconds(60);
        List<ConsoleStep> steps = new ArrayList<>();
        steps.add(ConsoleStep.send("configure", "configure"));
        steps.add(ConsoleStep.expect("configuration prompt", VyosLogin.CONFIG_PROMPT, shortWait));
        for (SetCommand c : managementCommands(nic, true)) {
            String what = String.join(" ", c.path().subList(0, Math.min(3, c.path().size())));
            steps.add(ConsoleStep.send("set " + what, c.text()));
            steps.add(ConsoleStep.expect("prompt after set " + what, VyosLogin.CONFIG_PROMPT, shortWait)
                    .failingOn(ERRORS));
        }
        steps.add(ConsoleStep.send("commit", "commit"));
        steps.add(ConsoleStep.expect("prompt after commit", VyosLogin.CONFIG_PROMPT, Duration.ofMinutes(5))
                .failingOn(ERRORS));
        steps.add(ConsoleStep.send("save", "save"));
        steps.add(ConsoleStep.expect("prompt after save", VyosLogin.CONFIG_PROMPT, shortWait));
        steps.add(ConsoleStep.send("save base", "save " + BASE_CONFIG));
        steps.add(ConsoleStep.expect("prompt after saving base", VyosLogin.CONFIG_PROMPT, shortWait));
        steps.add(ConsoleStep.send("exit", "exit"));
        steps.add(ConsoleStep.expect("operational prompt", VyosLogin.OP_PROMPT, shortWait));
        return steps;
    }
}
