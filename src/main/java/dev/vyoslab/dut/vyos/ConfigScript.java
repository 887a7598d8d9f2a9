package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.VyosVersion;
import java.util.List;

/**
 * The bash script that applies a config through the binaries vyos-1x's own write API calls
 * (vyos-1x@1.3.4 python/vyos/configsession.py): a session from {@code cli-shell-api getSessionEnv}/{@code setupSession},
 * a starting config loaded ({@code loadFile}, or {@code vyos-load-config.py} so VyOS migrates an old config.boot),
 * each {@code my_set}, then {@code my_commit}. Every step's real exit status is printed after a marker, output and
 * errors merged, so {@link ApplyOutput} can map each failure to its config line.
 *
 * <p>Nothing is left half-applied: a failed load or set discards before any commit; a failed commit is discarded and,
 * because a commit can be PARTIAL (vyatta-cfg@1.3.4 src/commit/commit-algorithm.cpp), the config that ran before is
 * loaded and committed again when the running config differs from it. The script's exit status says which:
 * {@link #COMMITTED}, {@link #REFUSED}, {@link #COMMIT_FAILED}, {@link #COMMIT_PARTIAL}, {@link #RESTORE_FAILED},
 * {@link #NO_SESSION}.
 */
final class ConfigScript {

    static final String MARK = "@@vyoslab";
    /** Plain bash, as configsession runs the binaries: no vbash, no script-template aliases swallowing statuses. */
    static final String SHELL = "/bin/bash -s";

    static final int COMMITTED = 0;
    /** The load or a set failed; discarded before any commit, nothing changed. */
    static final int REFUSED = 1;
    /** The commit failed and nothing of it is in force. */
    static final int COMMIT_FAILED = 2;
    /** The commit failed after committing a part; the previous config was committed again. */
    static final int COMMIT_PARTIAL = 3;
    /** A partial commit that could not be undone: the running config is neither the old nor the new one. */
    static final int RESTORE_FAILED = 4;
    /** No configuration session could be set up. */
    static final int NO_SESSION = 5;

    /** Where the binaries live on VyOS; tests point these at stubs. */
    record Binaries(String cliShellApi, String sbin, String libexec) {
        // vyos-1x@1.3.4 python/vyos/configsession.py (CLI_SHELL_API, SET, COMMIT, MIGRATE_LOAD_CONFIG)
        static final Binaries ON_VYOS = new Binaries("/bin/cli-shell-api", "/opt/vyatta/sbin", "/usr/libexec/vyos");
    }

    /** What the session starts from before the sets. */
    sealed interface Start {
    }

    /** A config.boot this VyOS wrote itself (the harness's base config): {@code cli-shell-api loadFile}. */
    record LoadFile(String path) implements Start {
    }

    /**
     * A whole config.boot sent along with the script, loaded by {@code vyos-load-config.py}, which runs VyOS's own
     * migration scripts on it first (vyos-1x@1.3.4 src/helpers/vyos-load-config.py).
     */
    record MigrateAndLoad(String configBoot) implements Start {
    }

    private static final String HEREDOC = "VYOSLAB_CONFIG_BOOT_END";
    private static final String UPLOADED = "/tmp/vyoslab-load.$$.boot";

    private final Binaries bin;
    private final VyosVersion version;

    ConfigScript(Binaries bin, VyosVersion version) {
        this.bin = bin;
        this.version = version;
    }

    ConfigScript(VyosVersion version) {
        this(Binaries.ON_VYOS, version);
    }

    String apply(Start start, List<SetCommand> commands, boolean save) {
        return apply(start, List.of(), commands, save);
    }

    /** {@code deletes} run after the start and before the sets ({@code my_delete}, as configsession's delete). */
    String apply(Start start, List<List<String>> deletes, List<SetCommand> commands, boolean save) {
        StringBuilder s = new StringBuilder();
        s.append("exec 2>&1\n");
        environment(s);
        s.append("API=").append(quote(bin.cliShellApi())).append('\n');
        s.append("SBIN=").append(quote(bin.sbin())).append('\n');
        s.append("mark() { echo '").append(MARK).append(" '\"$*\"; }\n");
        // run STEP CMD...: the command's output, then its real exit status after a marker; the status is kept in rc
        // stdin is this script (bash -s): a command that read it would eat the lines after it
        s.append("run() { local step=$1; shift; mark \"step $step\"; \"$@\" </dev/null; rc=$?; mark \"rc $step $rc\";"
                + " return $rc; }\n");
        // vyos-1x@1.3.4 python/vyos/configsession.py ConfigSession.__init__: getSessionEnv, then setupSession
        s.append("session_env=$(\"$API\" getSessionEnv $$ </dev/null) || { mark 'rc session 1'; exit ").append(NO_SESSION)
                .append("; }\n");
        s.append("eval \"$session_env\"\n");
        s.append("run session \"$API\" setupSession || exit ").append(NO_SESSION).append('\n');
        s.append("before=/tmp/vyoslab-before.$$.boot\n");
        // vyos-1x@1.3.4 ConfigSession.__del__ tears the session down; so does every way out of this script
        s.append("trap '\"$API\" teardownSession >/dev/null; rm -f \"$before\" ").append(UPLOADED).append("' EXIT\n");
        // what vyatta-cfg@1.3.4 scripts/vyatta-save-config.pl saves: the running config, to restore after a PARTIAL
        s.append("\"$API\" showConfig --show-active-only --show-ignore-edit >\"$before\" </dev/null || { mark 'rc snapshot 1';"
                + " exit ").append(NO_SESSION).append("; }\n");
        s.append("failed=0\n");
        start(s, start);
        for (int i = 0; i < deletes.size(); i++) {
            step(s, "delete " + i, "my_delete", deletes.get(i));
        }
        for (int i = 0; i < commands.size(); i++) {
            step(s, "set " + i, "my_set", commands.get(i).path());
        }
        s.append("if [ $failed -ne 0 ]; then run discard \"$SBIN/my_discard\"; exit ").append(REFUSED).append("; fi\n");
        s.append("if run commit \"$SBIN/my_commit\"; then\n");
        s.append("  mark committed\n");
        if (save) {
            s.append("  ").append(saveCommand()).append('\n');
        }
        s.append("  exit ").append(COMMITTED).append('\n');
        s.append("fi\n");
        s.append("run discard \"$SBIN/my_discard\"\n");
        // a failed commit keeps the subtrees that succeeded (vyatta-cfg@1.3.4 src/commit/commit-algorithm.cpp, PARTIAL)
        s.append("run restore \"$API\" loadFile \"$before\" || { run discard \"$SBIN/my_discard\"; exit ")
                .append(RESTORE_FAILED).append("; }\n");
        s.append("if ! \"$API\" sessionChanged </dev/null; then mark 'nothing committed'; exit ").append(COMMIT_FAILED)
                .append("; fi\n");
        s.append("mark partial\n");
        s.append("if run restore-commit \"$SBIN/my_commit\"; then exit ").append(COMMIT_PARTIAL).append("; fi\n");
        s.append("run discard \"$SBIN/my_discard\"\n");
        s.append("exit ").append(RESTORE_FAILED).append('\n');
        return s.toString();
    }

    /** One path step: a failure is remembered, and the remaining steps still run so every error is reported. */
    private static void step(StringBuilder s, String name, String binary, List<String> path) {
        s.append("run '").append(name).append("' \"$SBIN/").append(binary).append('"');
        for (String word : path) {
            s.append(' ').append(quote(word));
        }
        s.append(" || failed=1\n");
    }

    /** Saves the running config to /config/config.boot, as the script-template's {@code save} does. */
    String save() {
        StringBuilder s = new StringBuilder("exec 2>&1\n");
        environment(s);
        s.append(saveCommand()).append('\n');
        return s.toString();
    }

    /** vyos-1x@1.3.4 python/vyos/configsession.py inject_vyos_env: what a headless session needs. */
    private static void environment(StringBuilder s) {
        s.append("export VYATTA_CFG_GROUP_NAME=vyattacfg VYATTA_USER_LEVEL_DIR=/opt/vyatta/etc/shell/level/admin\n");
        // a headless client: VyOS's own prompts take their defaults instead of waiting for an answer
        s.append("export VYATTA_PROCESS_CLIENT=gui2_rest VYOS_HEADLESS_CLIENT=vyos_http_api\n");
        s.append("export vyatta_bindir=/opt/vyatta/bin vyatta_cfg_templates=/opt/vyatta/share/vyatta-cfg/templates"
                + " vyatta_configdir=/opt/vyatta/config vyatta_datadir=/opt/vyatta/share"
                + " vyatta_datarootdir=/opt/vyatta/share vyatta_libdir=/opt/vyatta/lib"
                + " vyatta_libexecdir=/opt/vyatta/libexec vyatta_op_templates=/opt/vyatta/share/vyatta-op/templates"
                + " vyatta_prefix=/opt/vyatta vyatta_sbindir=/opt/vyatta/sbin vyatta_sysconfdir=/opt/vyatta/etc\n");
        s.append("export vyos_bin_dir=/usr/bin vyos_cfg_templates=/opt/vyatta/share/vyatta-cfg/templates"
                + " vyos_completion_dir=/usr/libexec/vyos/completion vyos_configdir=/opt/vyatta/config"
                + " vyos_conf_scripts_dir=/usr/libexec/vyos/conf_mode vyos_datadir=/opt/vyatta/share"
                + " vyos_datarootdir=/opt/vyatta/share vyos_libdir=/opt/vyatta/lib vyos_libexec_dir=/usr/libexec/vyos"
                + " vyos_op_scripts_dir=/usr/libexec/vyos/op_mode vyos_op_templates=/opt/vyatta/share/vyatta-op/templates"
                + " vyos_prefix=/opt/vyatta vyos_sbin_dir=/usr/sbin vyos_validators_dir=/usr/libexec/vyos/validators\n");
        s.append("export COMMIT_VIA=vyos-lab\n");
        s.append("if systemctl is-active --quiet vyos-configd.service; then export vyshim=/usr/sbin/vyshim; fi\n");
    }

    private void start(StringBuilder s, Start start) {
        if (start instanceof LoadFile f) {
            s.append("run load \"$API\" loadFile ").append(quote(f.path())).append(" || failed=1\n");
        } else if (start instanceof MigrateAndLoad m) {
            if (m.configBoot().lines().anyMatch(HEREDOC::equals)) {
                throw new IllegalArgumentException("a config.boot line reads " + HEREDOC);
            }
            s.append("cat >").append(UPLOADED).append(" <<'").append(HEREDOC).append("'\n").append(m.configBoot());
            if (!m.configBoot().endsWith("\n")) {
                s.append('\n');
            }
            s.append(HEREDOC).append('\n');
            s.append("run load ").append(quote(bin.libexec() + "/vyos-load-config.py")).append(' ')
                    .append(UPLOADED).append(" || failed=1\n");
        }
    }

    /** vyatta-cfg@1.3.4 functions/wrapper/script-template save(); rolling saves with vyos-save-config.py. */
    private String saveCommand() {
        String saver = version == VyosVersion.V1_3 ? bin.sbin() + "/vyatta-save-config.pl"
                : bin.libexec() + "/vyos-save-config.py";
        return "run save sudo sg vyattacfg " + quote("umask 0002 ; " + saver);
    }

    /** One shell word, single-quoted unless it is plainly safe. */
    static String quote(String word) {
        return word.matches("[\\w./:@,+=-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
