package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The configs VyOS's own CI loads ({@code smoketest/configs/} of vyos-1x at a ref) are accepted by that release,
 * so linting each as its release must give no error: every error here is a false refusal. Warnings (paths the
 * loader skips, commit checks on syntax a migration rewrites first) and notes (old syntax) are allowed and counted.
 * The counts and every finding go to target/smoketest-lint-REF.txt.
 */
class SmoketestLintTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"1.3.4, 1.3", "1.4.0, 1.4", "current, rolling"})
    void smoketestConfigsLintWithoutErrors(String ref, String version) throws IOException {
        List<Path> files = SharedVyosSources.smoketestConfigs(ref);
        List<String> errors = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        int warnings = 0;
        int notes = 0;
        int lines = 0;
        for (Path file : files) {
            lines += Files.readAllLines(file).size();
            for (Diagnostic d : VyosConfig.parse(file, VyosVersion.of(version)).diagnostics()) {
                findings.add(d.toString());
                switch (d.severity()) {
                    case ERROR -> errors.add(d.toString());
                    case WARNING -> warnings++;
                    case NOTE -> notes++;
                }
            }
        }
        String summary = files.size() + " configs (" + lines + " lines) of vyos-1x@" + ref + " linted as " + version
                + ": " + errors.size() + " errors, " + warnings + " warnings, " + notes + " notes";
        Path out = Path.of("target", "smoketest-lint-" + ref + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary + "\n\n" + String.join("\n", findings) + "\n");
        System.out.println(summary + " (details: " + out + ")");
        assertThat(files).isNotEmpty();
        assertThat(errors).as(summary).isEmpty();
    }
}
