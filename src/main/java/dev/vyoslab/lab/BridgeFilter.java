package dev.vyoslab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import com.github.dockerjava.api.model.Capability;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a segment's bridge carry every frame between its own ports. Docker loads br_netfilter (bridged IPv4 then
 * passes iptables' FORWARD chain) and isolates an internal network by dropping packets whose source or destination
 * lies outside its subnet: a DHCP discover (0.0.0.0 to 255.255.255.255), the AFTR's NAT address on the Internet
 * segment, an Internet source forwarded onto the LAN. One rule in Docker's DOCKER-USER chain accepts what enters and
 * leaves by the same bridge; traffic between networks or to the host is untouched, so isolation stays.
 */
final class BridgeFilter {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.lab");
    private static final Path CALL_IPTABLES = Path.of("/proc/sys/net/bridge/bridge-nf-call-iptables");

    private BridgeFilter() {
    }

    /** Inserts the rule for the bridge of Docker network {@code networkId}; a warning says why when it cannot. */
    static void open(String networkId, String runId) {
        if (!needed()) {
            return;
        }
        CommandResult r = iptables("-I", rule(networkId, runId));
        if (!r.succeeded()) {
            LOG.warn("cannot let bridge {} carry foreign IPv4 sources (DHCP, NAT-ed and forwarded traffic will be"
                    + " dropped by Docker's isolation rules): `{}` exited {}: {}", bridge(networkId), r.command(),
                    r.exitCode(), r.tail(2));
        }
    }

    static void close(String networkId, String runId) {
        if (needed()) {
            iptables("-D", rule(networkId, runId));
        }
    }

    private static boolean needed() {
        try {
            return Files.readString(CALL_IPTABLES).strip().equals("1");
        } catch (IOException e) {
            return false; // no br_netfilter here (or a remote Docker host): bridged frames meet no iptables
        }
    }

    static String bridge(String networkId) {
        return "br-" + networkId.substring(0, 12);
    }

    static List<String> rule(String networkId, String runId) {
        String br = bridge(networkId);
        return List.of("DOCKER-USER", "-i", br, "-o", br, "-m", "comment", "--comment", "vyoslab-" + runId,
                "-j", "ACCEPT");
    }

    private static CommandResult iptables(String op, List<String> rule) {
        List<String> argv = new ArrayList<>(List.of("-w", op));
        argv.addAll(rule);
        return run(String.join(" ", argv));
    }

    /** The rules run {@code runId} inserted that are still in place, as {@code iptables -S} prints them. */
    static List<String> rulesOf(String runId) {
        if (!needed()) {
            return List.of();
        }
        CommandResult r = run("-w -S DOCKER-USER");
        if (!r.succeeded()) {
            throw new LabException("cannot list the bridge rules: `" + r.command() + "` exited " + r.exitCode() + ": "
                    + r.tail(2));
        }
        return r.stdout().lines().filter(l -> l.contains("--comment vyoslab-" + runId)).toList();
    }

    /** Removes the rules of runs that could not remove their own (killed with SIGKILL). */
    static void removeLeftovers() {
        if (needed()) {
            run("-S DOCKER-USER | grep -- '--comment vyoslab-' | sed 's/^-A/-D/' | while read -r r; do $IPT -w $r; done");
        }
    }

    /**
     * Runs {@code iptables ARGS} (a shell fragment; {@code $IPT} names the binary) on the Docker host: directly when
     * this JVM is root, else from a container in the host's network namespace with NET_ADMIN, using the iptables
     * backend (nft or legacy) that holds Docker's chains.
     */
    private static CommandResult run(String args) {
        String script = "IPT=iptables; " + "$IPT " + args;
        if ("root".equals(System.getProperty("user.name"))) {
            return host(script);
        }
        String detect = "if iptables-nft -w -n -L DOCKER-USER >/dev/null 2>&1; then IPT=iptables-nft;"
                + " else IPT=iptables-legacy; fi; $IPT " + args;
        try (GenericContainer<?> c = new GenericContainer<>(RecipeImage.of("images/netfilter", "vyos-lab/netfilter")
                .build())) {
            c.withNetworkMode("host")
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withCapAdd(Capability.NET_ADMIN))
                    .withCommand("sh", "-c", detect)
                    .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)));
            c.start();
            return new CommandResult("host", "iptables " + args, 0, c.getLogs(), "");
        } catch (RuntimeException e) {
            return new CommandResult("host", "iptables " + args, 1, "", String.valueOf(e.getMessage()));
        }
    }

    private static CommandResult host(String script) {
        try {
            Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new CommandResult("host", script, -1, "", "timed out");
            }
            String out = new String(p.getInputStream().readAllBytes());
            return new CommandResult("host", script, p.exitValue(), out, "");
        } catch (IOException e) {
            return new CommandResult("host", script, -1, "", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult("host", script, -1, "", "interrupted");
        }
    }
}
