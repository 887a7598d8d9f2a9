package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What an apply sends to VyOS for one config, and what it leaves out (each with a warning on the config's line).
 * A config.boot with a version footer is loaded whole, so VyOS's own migration scripts bring it to this release, and
 * the management access is set again after it; any other config (of this release: VyosRouter checks) is sent as its
 * set commands on top of the base config. A user's hw-id is never sent ({@link HardwareIds}). sshd stays on the
 * management address unless the config enables SSH on every address itself.
 */
record ApplyPlan(ConfigScript.Start start, List<List<String>> deletes, List<SetCommand> commands,
                 List<Diagnostic> warnings) {

    static ApplyPlan of(VyosConfig config, String managementNic) {
        List<Diagnostic> warnings = new ArrayList<>();
        boolean bound = SshBootstrap.bindsManagementOnly(config.tree());
        if (config.bootText().isPresent() && config.configVersion().isPresent()) {
            return new ApplyPlan(new ConfigScript.MigrateAndLoad(config.bootText().get()),
                    HardwareIds.in(config.tree()), SshBootstrap.managementCommands(managementNic, bound), warnings);
        }
        List<SetCommand> commands = new ArrayList<>();
        for (String line : config.render().split("\n")) {
            String l = line.strip();
            if (l.startsWith("set ")) {
                SetCommand c = SetCommand.parse(l);
                if (HardwareIds.isHwId(c.path())) {
                    warnings.add(new Diagnostic(config.sourceName(), config.lineOf(c.path()).orElse(0), 0,
                            Severity.WARNING, "vyos-hw-id-dropped", "not sent to VyOS: `" + l + "` names a NIC the lab"
                            + " does not have; the lab's ports are eth0 = WAN, eth1 = LAN"));
                } else {
                    commands.add(c);
                }
            }
        }
        // the base config holds sshd to the management address; a config's own SSH on every address lifts that
        return new ApplyPlan(new ConfigScript.LoadFile(SshBootstrap.BASE_CONFIG),
                bound ? List.of() : List.of(SshBootstrap.LISTEN), commands, warnings);
    }

    boolean loadsWholeConfig() {
        return start instanceof ConfigScript.MigrateAndLoad;
    }
}
