package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void eachOutcomeHasItsOwnCodeAndSeveralRunsReportTheWorst() {
        assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3);
        assertThat(ExitCode.PASSED.worse(ExitCode.CHECK_FAILED)).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(ExitCode.ENVIRONMENT.worse(ExitCode.BAD_INPUT)).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(ExitCode.PASSED.worse(ExitCode.PASSED)).isEqualTo(ExitCode.PASSED);
    }
}
