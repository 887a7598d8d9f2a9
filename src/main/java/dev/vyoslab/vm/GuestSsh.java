package dev.vyoslab.vm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.verification.PromiscuousVerifier;
import dev.vyoslab.lab.CommandResult;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * An SSH connection (sshj) to a guest's management port, which QEMU forwards from the node's container.
 *
 * <p>Host keys are not verified: the guest was created by this run and is reachable only on the lab's internal
 * management network.
 */
public final class GuestSsh implements AutoCloseable {

    private final String node;
    private final SSHClient client;
    private final Logger log;

    private GuestSsh(String node, SSHClient client) {
        this.node = node;
        this.client = client;
        this.log = LoggerFactory.getLogger("vyoslab.node." + node);
    }

    /** Connects and logs in with a password, retrying until the guest's sshd answers or {@code timeout} passes. */
    public static GuestSsh connect(String node, String host, int port, String user, String password, Duration timeout) {
        SSHClient[] connected = new SSHClient[1];
        try {
            await("SSH login to " + node + " at " + host + ":" + port)
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions()
                    .until(() -> {
                        SSHClient c = new SSHClient();
                        c.addHostKeyVerifier(new PromiscuousVerifier());
                        c.setConnectTimeout(5_000);
                        // opening a channel on a starved TCG guest took over 30 s at load 17 on 2 cores
                        c.setTimeout(90_000);
                        try {
                            c.connect(host, port);
                            c.authPassword(user, password);
                        } catch (IOException e) {
                            c.close();
                            throw e;
                        }
                        connected[0] = c;
                        return true;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("[" + node + "] no SSH login at " + host + ":" + port + " within "
                    + timeout.toSeconds() + " s", e);
        }
        return new GuestSsh(node, connected[0]);
    }

    /** Runs a command; never throws for a non-zero exit (see {@link CommandResult#orThrow()}). */
    public CommandResult exec(String command) {
        return exec(command, null, Duration.ofMinutes(4));
    }

    /** Runs a command with {@code stdin} fed to it and closed, as {@code vbash -s} needs. */
    public CommandResult exec(String command, String stdin, Duration timeout) {
        log.debug("$ {}", command);
        try (Session session = client.startSession()) {
            Session.Command cmd = session.exec(command);
            if (stdin != null) {
                try (OutputStream in = cmd.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            Thread outPump = pump(cmd.getInputStream(), out, "ssh-stdout-" + node);
            Thread errPump = pump(cmd.getErrorStream(), err, "ssh-stderr-" + node);
            // Wait for the exit status, not for end of output: a daemon started by the command may keep stdout open.
            boolean exited;
            try {
                await("`" + command + "` on " + node).atMost(timeout).pollInterval(Duration.ofMillis(50))
                        .until(() -> cmd.getExitStatus() != null || !cmd.isOpen());
                exited = true;
            } catch (ConditionTimeoutException e) {
                exited = false;
            }
            outPump.join(2_000);
            errPump.join(2_000);
            Integer status = cmd.getExitStatus();
            String stderr = err.toString(StandardCharsets.UTF_8)
                    + (exited ? "" : "\n[vyos-lab: no exit status within " + timeout.toSeconds() + " s]");
            CommandResult result = new CommandResult(node, command, status == null ? -1 : status,
                    out.toString(StandardCharsets.UTF_8), stderr);
            log.debug("exit {}", result.exitCode());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("[" + node + "] SSH command failed: " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command + " on " + node, e);
        }
    }

    private static Thread pump(InputStream in, OutputStream out, String name) {
        Thread t = new Thread(() -> copy(in, out), name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void copy(InputStream in, OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the session closed; what arrived is kept
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            log.debug("closing SSH to {}: {}", node, e.getMessage());
        }
    }
}
