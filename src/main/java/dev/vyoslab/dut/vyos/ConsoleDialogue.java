package dev.vyoslab.dut.vyos;

import dev.vyoslab.vm.ConsoleTimeoutException;
import dev.vyoslab.vm.SerialConsole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a list of {@link ConsoleStep}s over a {@link SerialConsole}. When a prompt does not come, or a step's
 * {@code failOn} shows up, the transcript is saved to {@code transcriptFile} and an {@link UnexpectedOutputException}
 * names the step, the expected pattern and that file.
 */
final class ConsoleDialogue {

    private final String node;
    private final SerialConsole console;
    private final Path transcriptFile;
    private final Logger log;
    private int lastEnd;

    ConsoleDialogue(String node, SerialConsole console, Path transcriptFile) {
        this.node = node;
        this.console = console;
        this.transcriptFile = transcriptFile;
        this.log = LoggerFactory.getLogger("vyoslab.node." + node);
    }

    /** Runs the steps in order; returns the match of each step that expected something (null for skipped ones). */
    List<MatchResult> run(List<ConsoleStep> steps) {
        List<MatchResult> matches = new ArrayList<>();
        for (ConsoleStep step : steps) {
            matches.add(run(step));
        }
        return matches;
    }

    MatchResult run(ConsoleStep step) {
        MatchResult match = null;
        if (step.expect() != null) {
            try {
                Matcher m = console.await(step.expect(), step.timeout());
                match = m.toMatchResult();
            } catch (ConsoleTimeoutException e) {
                if (step.optional()) {
                    log.debug("optional console step '{}' did not show; skipped", step.name());
                    return null;
                }
                throw unexpected(step.name(), "/" + step.expect().pattern() + "/ within "
                        + step.timeout().toSeconds() + " s");
            }
            String before = console.transcript().substring(Math.min(lastEnd, match.start()), match.start());
            lastEnd = match.end();
            if (step.failOn() != null && step.failOn().matcher(before).find()) {
                throw unexpected(step.name(), "no output matching /" + step.failOn().pattern() + "/");
            }
            log.debug("console: {} ok", step.name());
        }
        if (step.answer() != null) {
            log.debug("console: {} <- {}", step.name(), step.shownAnswer());
            console.sendLine(step.answer());
        }
        return match;
    }

    /** Saves the transcript so far (also after a dialogue that went well: the fixture of a later test). */
    Path save() {
        if (transcriptFile == null) {
            return null;
        }
        try {
            Files.createDirectories(transcriptFile.toAbsolutePath().getParent());
            Files.writeString(transcriptFile, console.transcript());
            return transcriptFile;
        } catch (IOException e) {
            log.warn("cannot save the console transcript to {}: {}", transcriptFile, e.getMessage());
            return null;
        }
    }

    /** Saves the transcript and describes what was expected. */
    UnexpectedOutputException unexpected(String step, String expected) {
        return new UnexpectedOutputException(node, step, expected, save(), console.tail());
    }
}
