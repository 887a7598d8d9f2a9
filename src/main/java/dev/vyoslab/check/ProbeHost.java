package dev.vyoslab.check;

import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.LabContainer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A node probes run on: a lab container or a microVM guest (Debian with socat, curl, ping, tcpdump). Probes only need
 * a name for messages and a shell.
 */
public interface ProbeHost {

    /** The node name, as in logs and Docker. */
    String name();

    /** Runs a shell command on the node and returns how it ended (never throws for a non-zero exit). */
    CommandResult exec(String command);

    /** False once the node has died; waits on it then fail at once instead of running into their time limit. */
    default boolean alive() {
        return true;
    }

    /** Where the node's own log lies (a microVM's console log), to point failure messages at. */
    default Optional<Path> log() {
        return Optional.empty();
    }

    /** A lab container (or microVM) as a probe host. */
    static ProbeHost of(LabContainer<?> node) {
        return of(node, null);
    }

    /** A lab container as a probe host whose evidence is {@code log} (e.g. a console log), may be null. */
    static ProbeHost of(LabContainer<?> node, Path log) {
        return new ProbeHost() {
            @Override
            public String name() {
                return node.name();
            }

            @Override
            public CommandResult exec(String command) {
                return node.exec(command);
            }

            @Override
            public boolean alive() {
                return node.isRunning();
            }

            @Override
            public Optional<Path> log() {
                return Optional.ofNullable(log);
            }
        };
    }

    /** A host from a name and a shell function (tests, adapters). */
    static ProbeHost of(String name, Function<String, CommandResult> shell) {
        return new ProbeHost() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public CommandResult exec(String command) {
                return shell.apply(command);
            }
        };
    }
}
