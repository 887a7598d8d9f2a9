package dev.vyoslab.dut.vyos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the binaries the apply script calls, in a temp dir, printing what the real ones print (strings from
 * vyatta-cfg@1.3.4: src/cstore/cstore.cpp, src/cli_new.c bye(), src/commit/commit-algorithm.cpp,
 * src/cstore/unionfs/cstore-unionfs.cpp; vyos-1x@1.3.4 src/helpers/vyos-load-config.py) and keeping a toy config
 * store: {@code active} (the running config) and {@code working} (the session's), so a test can see what ended up in
 * force. Every call is logged to {@code calls}.
 *
 * <p>Behaviour is chosen per run: {@code INVALID} (a word that makes my_set's path invalid), {@code REJECT} (a word
 * whose value my_set refuses), {@code COMMIT} ({@code ok}, {@code failed}, {@code partial}, {@code partial-stuck}: the
 * restore commit fails as well), {@code SESSION} ({@code broken}: setupSession fails), {@code READ_STDIN} (my_set
 * reads its stdin to the end, as a command waiting for an answer would).
 */
final class StubVyos {

    private static final String API = """
            #!/bin/bash
            echo "cli-shell-api $*" >> "$STUB/calls"
            case "$1" in
              getSessionEnv)
                # the format of Cstore(env) and UnionfsCstore(sid, env)
                echo "declare -x VYATTA_EDIT_LEVEL=/; declare -x VYATTA_TEMPLATE_LEVEL=/; umask 002; { declare -x -r VYATTA_ACTIVE_CONFIGURATION_DIR=/opt/vyatta/config/active declare -x -r VYATTA_CHANGES_ONLY_DIR=/opt/vyatta/config/tmp/changes_only_$2; declare -x -r VYATTA_TEMP_CONFIG_DIR=/opt/vyatta/config/tmp/new_config_$2; declare -x -r VYATTA_CONFIG_TMP=/opt/vyatta/config/tmp/tmp_$2; declare -x -r VYATTA_CONFIG_TEMPLATE=/opt/vyatta/share/vyatta-cfg/templates; } >&/dev/null || true" ;;
              setupSession)
                [ "$SESSION" = broken ] && exit 1
                [ -n "$VYATTA_TEMP_CONFIG_DIR" ] && [ "$VYATTA_EDIT_LEVEL" = / ] || { echo "no session env"; exit 1; }
                cp "$STUB/active" "$STUB/working" ;;
              teardownSession) ;;
              showConfig) cat "$STUB/active" ;;
              loadFile) cp "$2" "$STUB/working" ;;
              sessionChanged) ! cmp -s "$STUB/working" "$STUB/active" ;;
              *) echo "stub cli-shell-api: unknown $1"; exit 1 ;;
            esac
            """;

    private static final String MY_SET = """
            #!/bin/bash
            echo "my_set $*" >> "$STUB/calls"
            [ -n "$READ_STDIN" ] && cat >/dev/null  # a command that asks something reads stdin
            for w in "$@"; do
              if [ -n "$INVALID" ] && [ "$w" = "$INVALID" ]; then
                printf '%s\\n' "Configuration path: [$*] is not valid" "Set failed"; exit 1
              fi
              if [ -n "$REJECT" ] && [ "$w" = "$REJECT" ]; then
                printf '%s\\n' "Invalid value" "Value validation failed" "Set failed"; exit 1
              fi
            done
            echo "$*" >> "$STUB/working"
            """;

    private static final String MY_COMMIT = """
            #!/bin/bash
            echo "my_commit" >> "$STUB/calls"
            n=$(grep -c '^my_commit$' "$STUB/calls")
            mode=$COMMIT
            [ "$n" -gt 1 ] && [ "$mode" != partial-stuck ] && mode=ok
            case "$mode" in
              ok) cp "$STUB/working" "$STUB/active" ;;
              failed|partial|partial-stuck)
                # a prio subtree that succeeded stays committed: PARTIAL
                [ "$mode" != failed ] && [ "$n" -eq 1 ] && echo "service dhcp-server (committed before the failure)" >> "$STUB/active"
                printf '%s\\n' "[ interfaces pppoe pppoe0 ]" 'Physical source-interface required for interface "pppoe0"' "" "[[interfaces pppoe pppoe0]] failed" "Commit failed"
                exit 1 ;;
            esac
            """;

    private static final String MY_DISCARD = """
            #!/bin/bash
            echo "my_discard" >> "$STUB/calls"
            if cmp -s "$STUB/working" "$STUB/active"; then echo "No changes have been discarded"; else echo "Changes have been discarded"; fi
            cp "$STUB/active" "$STUB/working"
            """;

    private static final String LOAD_CONFIG = """
            #!/bin/bash
            echo "vyos-load-config.py $*" >> "$STUB/calls"
            cp "$1" "$STUB/loaded.boot"
            echo "Loading configuration from '$1'"
            cp "$1" "$STUB/working"
            echo "Load complete. Use 'commit' to make changes effective."
            """;

    private final Path dir;

    StubVyos(Path dir) {
        this.dir = dir;
        write("bin/cli-shell-api", API);
        write("sbin/my_set", MY_SET);
        write("sbin/my_commit", MY_COMMIT);
        write("sbin/my_discard", MY_DISCARD);
        write("libexec/vyos-load-config.py", LOAD_CONFIG);
        write("path/systemctl", "#!/bin/bash\nexit 3\n");
        write("path/sudo", "#!/bin/bash\necho \"sudo $*\" >> \"$STUB/calls\"\n");
        write("active", "interfaces ethernet eth2 address 10.0.2.15/24\n");
    }

    ConfigScript.Binaries binaries() {
        return new ConfigScript.Binaries(dir.resolve("bin/cli-shell-api").toString(), dir.resolve("sbin").toString(),
                dir.resolve("libexec").toString());
    }

    /** The outcome of one run of a script. */
    record Run(int status, String output) {
    }

    /** Runs {@code script} as {@code bash -s} reads it, with the given behaviour ("COMMIT=partial", ...). */
    Run run(String script, String... behaviour) {
        try {
            ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-s").redirectErrorStream(true);
            pb.environment().put("STUB", dir.toString());
            pb.environment().put("PATH", dir.resolve("path") + ":/usr/bin:/bin");
            pb.environment().put("COMMIT", "ok");
            for (String b : behaviour) {
                pb.environment().put(b.substring(0, b.indexOf('=')), b.substring(b.indexOf('=') + 1));
            }
            Process p = pb.start();
            p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the apply script did not end within 20 s; output:\n" + out);
            }
            return new Run(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<String> calls() {
        return lines("calls");
    }

    String active() {
        return read("active");
    }

    String read(String name) {
        try {
            Path f = dir.resolve(name);
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lines(String name) {
        return read(name).lines().toList();
    }

    private void write(String name, String text) {
        try {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text);
            if (text.startsWith("#!")) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
