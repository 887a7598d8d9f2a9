package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What RefusedConfigIT expects of each commit error, without a lab: one commit-refused error, reported as the run would. */
class SeedCommitErrorsTest {

    @Test
    void eachEditIsOneCommitRefusalOnItsLine() throws IOException {
        String seed = Files.readString(Path.of("examples/seed/corrected.conf"));
        for (SeedCommitErrors.Edit e : SeedCommitErrors.ALL) {
            VyosConfig c = e.config(seed);
            var errors = c.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            assertThat(errors).as(e.name()).singleElement().extracting(Diagnostic::code, Diagnostic::line)
                    .containsExactly("commit-refused", e.line());
            assertThat(RunFailure.refused("router", c, errors).getMessage()).as(e.name()).matches(e.expected());
        }
    }
}
