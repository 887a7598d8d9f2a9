package dev.vyoslab.dut;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One exchange of a console dialogue: wait for {@code expect}, then type {@code answer}.
 *
 * @param name     what the step is, for logs and failures ("login prompt", "root partition size")
 * @param expect   what must appear; null sends {@code answer} at once
 * @param answer   the line to type afterwards; null types nothing
 * @param timeout  how long {@code expect} may take
 * @param optional a missing optional prompt is skipped (a boot menu countdown that may not show)
 * @param secret   the answer is a password: never logged
 * @param failOn   output before {@code expect} that means the previous command failed; null checks nothing
 */
record ConsoleStep(String name, Pattern expect, String answer, Duration timeout, boolean optional, boolean secret,
                   Pattern failOn) {

    static ConsoleStep expect(String name, String regex, Duration timeout) {
        return new ConsoleStep(name, Pattern.compile(regex), null, timeout, false, false, null);
    }

    static ConsoleStep answer(String name, String regex, String answer, Duration timeout) {
        return new ConsoleStep(name, Pattern.compile(regex), answer, timeout, false, false, null);
    }

    static ConsoleStep send(String name, String line) {
        return new ConsoleStep(name, null, line, Duration.ZERO, false, false, null);
    }

    ConsoleStep asOptional() {
        return new ConsoleStep(name, expect, answer, timeout, true, secret, failOn);
    }

    ConsoleStep asSecret() {
        return new ConsoleStep(name, expect, answer, timeout, optional, true, failOn);
    }

    ConsoleStep failingOn(String regex) {
        return new ConsoleStep(name, expect, answer, timeout, optional, secret, Pattern.compile(regex));
    }

    /** The answer as it may appear in logs. */
    String shownAnswer() {
        return answer == null ? "" : secret ? "********" : answer.isEmpty() ? "<enter>" : answer;
    }
}
