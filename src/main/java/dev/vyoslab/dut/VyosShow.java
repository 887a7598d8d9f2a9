package dev.vyoslab.dut;

import dev.vyoslab.dut.RouterState.RouteEntry;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.vm.GuestSsh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Runs VyOS operational commands over SSH and parses them. An output whose format is not recognised is saved under
 * the artifacts directory and reported with an {@link UnexpectedOutputException} saying what was expected.
 */
final class VyosShow {

    /** Runs an op-mode command outside the interactive CLI (what the task scheduler uses too). */
    static final String OP = "/opt/vyatta/bin/vyatta-op-cmd-wrapper ";

    private final String node;
    private final GuestSsh ssh;
    private final Path artifacts;

    VyosShow(String node, GuestSsh ssh, Path artifacts) {
        this.node = node;
        this.ssh = ssh;
        this.artifacts = artifacts;
    }

    RouterState state(Collection<String> tables) {
        String interfaces = op("show interfaces");
        var parsed = ShowInterfacesParser.parse(interfaces, ssh.exec("ip -o link show").orThrow().stdout());
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

    /** The kernel's routes in {@code table} ("main" or a number). */
    List<RouteEntry> routes(String table) {
        return RouteTableParser.iproute(table, ssh.exec("ip route show table " + table).orThrow().stdout());
    }

    String op(String command) {
        CommandResult r = ssh.exec(OP + command).orThrow();
        return r.stdout();
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
