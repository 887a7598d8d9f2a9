package dev.vyoslab.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        List<String> argv = new ArrayList<>(List.of("iptables", "-w", op));
        argv.addAll(rule);
        String command = String.join(" ", argv);
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new CommandResult("host", command, -1, "", "timed out");
            }
            String out = new String(p.getInputStream().readAllBytes());
            return new CommandResult("host", command, p.exitValue(), out, "");
        } catch (IOException e) {
            return new CommandResult("host", command, -1, "", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult("host", command, -1, "", "interrupted");
        }
    }
}
