package dev.vyoslab.world;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.VyosConfig;
import java.util.List;

/**
 * Why a run could not get to its checks: bad input or a refused config ({@link ExitCode#BAD_INPUT}), or a broken
 * environment or lab ({@link ExitCode#ENVIRONMENT}). The message is whole and masked: it is what the user reads, with
 * no stack trace.
 */
public final class RunFailure extends RuntimeException {

    private final ExitCode exitCode;

    RunFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static RunFailure badInput(String message) {
        return new RunFailure(ExitCode.BAD_INPUT, message, null);
    }

    /** The router refused {@code config}: VyOS's messages on the config's lines. */
    static RunFailure refused(String router, VyosConfig config, List<Diagnostic> refusals) {
        return new RunFailure(ExitCode.BAD_INPUT, router + " refused " + config.sourceName() + ":\n  "
                + String.join("\n  ", refusals.stream().map(d -> config.mask(d.toString())).toList()), null);
    }

    /** The lab or its environment failed; {@code mask} removes the config's secrets from what the lab said. */
    static RunFailure environment(String what, RuntimeException cause, VyosConfig config) {
        return new RunFailure(ExitCode.ENVIRONMENT, what + ": " + config.mask(String.valueOf(cause.getMessage())), cause);
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
