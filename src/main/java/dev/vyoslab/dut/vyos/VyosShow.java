package dev.vyoslab.dut.vyos;

import dev.vyoslab.dut.RouterState;
import dev.vyoslab.dut.RouterState.RouteEntry;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.vm.GuestSsh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs VyOS operational commands over SSH and parses them. An output whose format is not recognised is saved under
 * the artifacts directory and reported with an {@link UnexpectedOutputException} saying what was expected.
 */
final class VyosShow {

    /** Runs an op-mode command outside the interactive CLI (what the task scheduler uses too); stderr merged. */
    static final String OP = "/opt/vyatta/bin/vyatta-op-cmd-wrapper ";
    /**
     * What an op-mode command prints when it did not run or failed. The wrapper's own status says nothing: it exits 0
     * whatever the command did (vyatta-op@1.3.4 functions/interpreter/vyatta-op-run: {@code eval "$run_cmd"}, then
     * {@code return $ret} with ret=0), and 1 only for a path it does not know.
     */
    static final Pattern OP_FAILED = Pattern.compile(
            "^\\s*(Invalid command: |Ambiguous command: |Incomplete command: )|^Traceback \\(most recent call last\\):",
            Pattern.MULTILINE);
    /** A table without routes does not exist for the kernel: exit 2 and this on stderr (iproute2, Linux fib_frontend.c). */
    static final String NO_TABLE = "FIB table does not exist";

    private final String node;
    private final GuestSsh ssh;
    private final Path artifacts;
    private final SshTranscript transcript;

    VyosShow(String node, GuestSsh ssh, Path artifacts, SshTranscript transcript) {
        this.node = node;
        this.ssh = ssh;
        this.artifacts = artifacts;
        this.transcript = transcript;
    }

    RouterState state(Collection<String> tables) {
        String interfaces = op("show interfaces");
        var parsed = ShowInterfacesParser.parse(interfaces, exec("ip -o link show").orThrow().stdout());
        if (parsed.isEmpty()) {
            throw unexpected("show interfaces", "a table headed 'Interface  IP Address ... S/L' over a dashed line",
                    interfaces);
        }
        String leases = op("show dhcp server leases");
        List<RouteEntry> routes = new ArrayList<>(routes("main"));
        for (String t : tables) {
            routes.addAll(routes(t));
        }
        return new RouterState(parsed, DhcpLeasesParser.parse(leases), List.copyOf(routes));
    }

    ShowVersion version() {
        String text = op("show version");
        ShowVersion v = ShowVersion.parse(text);
        if (v.version().isEmpty()) {
            throw unexpected("show version", "a line 'Version: VyOS x.y.z'", text);
        }
        return v;
    }

    /** vyos-1x@1.4.0 op-mode-definitions/show-configuration.xml.in: the running config as set commands. */
    String configurationCommands() {
        return op("show configuration commands");
    }

    List<DynamicDnsStatus> dynamicDns() {
        return DynamicDnsStatus.parse(op("show dns dynamic status"));
    }

    /** 1.3 has no {@code show nat destination rules}; the statistics list every rule with its counters. */
    List<NatRuleCounter> natDestination() {
        String text = op("show nat destination statistics");
        List<NatRuleCounter> rules = NatRuleCounter.parse(text);
        if (rules.isEmpty() && text.contains("rule") && !text.contains("----")) {
            throw unexpected("show nat destination statistics", "a 'rule pkts bytes interface' table", text);
        }
        return rules;
    }

    /** The kernel's routes in {@code table} ("main" or a number); a table that does not exist yet has none. */
    List<RouteEntry> routes(String table) {
        return routes(table, exec("ip route show table " + table));
    }

    static List<RouteEntry> routes(String table, CommandResult r) {
        if (r.exitCode() == 2 && r.stderr().contains(NO_TABLE)) {
            return List.of();
        }
        return RouteTableParser.iproute(table, r.orThrow().stdout());
    }

    /** An op-mode command's output; fails with what it printed when it did not run or failed (see {@link #OP_FAILED}). */
    String op(String command) {
        CommandResult r = exec(OP + command + " 2>&1");
        if (r.exitCode() != 0 || OP_FAILED.matcher(r.stdout()).find()) {
            throw unexpected(command, "the output of a command that ran (exit 0, no 'Invalid command', no Python"
                    + " traceback); exit status " + r.exitCode(), r.stdout() + r.stderr());
        }
        return r.stdout();
    }

    private CommandResult exec(String command) {
        CommandResult r = ssh.exec(command);
        if (transcript != null) {
            transcript.ssh(command, r.stdout() + r.stderr(), r.exitCode());
        }
        return r;
    }

    private UnexpectedOutputException unexpected(String command, String expected, String output) {
        Path saved = artifacts.resolve(node + "-" + command.replace(' ', '-') + ".txt");
        try {
            Files.createDirectories(artifacts);
            Files.writeString(saved, output);
        } catch (IOException e) {
            saved = null;
        }
        return new UnexpectedOutputException(node, "`" + command + "`", expected, saved, output);
    }
}
