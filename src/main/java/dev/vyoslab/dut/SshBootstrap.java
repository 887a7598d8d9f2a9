package dev.vyoslab.dut;

import java.time.Duration;
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

    /** Configure mode, address on {@code nic}, SSH, commit, save, back to operational mode. */
    static List<ConsoleStep> enableSsh(String nic) {
        Duration shortWait = Duration.ofSeconds(60);
        return List.of(
                ConsoleStep.send("configure", "configure"),
                ConsoleStep.expect("configuration prompt", VyosLogin.CONFIG_PROMPT, shortWait),
                ConsoleStep.send("management address", "set interfaces ethernet " + nic + " address "
                        + VyosQemu.GUEST_MGMT_CIDR),
                ConsoleStep.expect("prompt after address", VyosLogin.CONFIG_PROMPT, shortWait).failingOn(ERRORS),
                ConsoleStep.send("management description", "set interfaces ethernet " + nic
                        + " description 'vyos-lab management'"),
                ConsoleStep.expect("prompt after description", VyosLogin.CONFIG_PROMPT, shortWait).failingOn(ERRORS),
                ConsoleStep.send("ssh", "set service ssh port 22"),
                ConsoleStep.expect("prompt after ssh", VyosLogin.CONFIG_PROMPT, shortWait).failingOn(ERRORS),
                ConsoleStep.send("commit", "commit"),
                ConsoleStep.expect("prompt after commit", VyosLogin.CONFIG_PROMPT, Duration.ofMinutes(5))
                        .failingOn(ERRORS),
                ConsoleStep.send("save", "save"),
                ConsoleStep.expect("prompt after save", VyosLogin.CONFIG_PROMPT, shortWait),
                ConsoleStep.send("save base", "save " + BASE_CONFIG),
                ConsoleStep.expect("prompt after saving base", VyosLogin.CONFIG_PROMPT, shortWait),
                ConsoleStep.send("exit", "exit"),
                ConsoleStep.expect("operational prompt", VyosLogin.OP_PROMPT, shortWait));
    }
}
