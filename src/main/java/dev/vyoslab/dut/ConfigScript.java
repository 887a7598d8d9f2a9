package dev.vyoslab.dut;

import java.util.List;

/**
 * The {@code vbash -s} script that applies a config: the script-template, configure, the base config (management
 * access), each {@code set} after a marker so its output can be told apart, then commit only if every set succeeded,
 * otherwise discard; always leaves configuration mode, so no session is left behind.
 */
final class ConfigScript {

    static final String MARK = "@@vyoslab";
    static final String SHELL = "/bin/vbash -s";

    private ConfigScript() {
    }

    static String apply(List<SetCommand> commands, boolean save) {
        StringBuilder s = new StringBuilder();
        s.append("source /opt/vyatta/etc/functions/script-template\n");
        s.append("configure\n");
        s.append("echo '").append(MARK).append(" load'\n");
        s.append("load ").append(SshBootstrap.BASE_CONFIG).append(" || vyoslab_failed=1\n");
        for (int i = 0; i < commands.size(); i++) {
            s.append("echo '").append(MARK).append(" set ").append(i).append("'\n");
            s.append(commands.get(i).text()).append(" || vyoslab_failed=1\n");
        }
        s.append("echo '").append(MARK).append(" commit'\n");
        s.append("if [ -z \"$vyoslab_failed\" ] && commit; then\n");
        s.append("  echo '").append(MARK).append(" committed'\n");
        if (save) {
            s.append("  save\n");
        }
        s.append("else\n");
        s.append("  echo '").append(MARK).append(" discarding'\n");
        s.append("  discard\n");
        s.append("fi\n");
        s.append("exit\n");
        return s.toString();
    }

    /** Saves the running config to /config/config.boot. */
    static String save() {
        return "source /opt/vyatta/etc/functions/script-template\nconfigure\nsave\nexit\n";
    }
}
