package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.reference.ReferenceRouter;
import dev.vyoslab.junit.VyosLabTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Configs the router refuses, applied to the running lab of the corrected seed: the run ends as bad input (exit 2)
 * with the router's message on the config line, and the router keeps exactly the state it had. One config the
 * reference router does not realise, three that VyOS 1.3.4 itself refuses at commit (config/CommitChecks).
 */
@VyosLabTest(config = "examples/seed/corrected.conf")
class RefusedConfigIT {

    /**
     * What an apply writes: the ruleset, the policy rules, the addresses of the ports and the daemons' configs. Routes
     * and pid files are left out: a PPPoE session still coming up after the class's own apply changes them on its own.
     */
    private static final String STATE = "nft list ruleset; ip rule; ip -br -4 addr; cat /run/vyoslab/*.conf";

    @Test
    void aRefusedConfigIsBadInputAndChangesNothing(LabRun run) throws IOException {
        ReferenceRouter router = (ReferenceRouter) run.router();
        String before = router.exec(STATE).orThrow().stdout();
        String good = Files.readString(Path.of("examples/seed/corrected.conf"));
        VyosConfig refused = VyosConfig.parse("refused.conf", good + "set interfaces ethernet eth0 address dhcp\n");
        assertThat(refused.hasErrors()).as("the config itself is valid VyOS: %s", refused.diagnostics()).isFalse();

        assertThatThrownBy(() -> run.apply(refused)).isInstanceOfSatisfying(RunFailure.class,
                        f -> assertThat(f.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("router refused refused.conf")
                .hasMessageMatching("(?s).*refused\\.conf:\\d+: error: interfaces ethernet eth0 address dhcp is not"
                        + " realised by the reference router.*");

        assertThat(router.exec(STATE).orThrow().stdout()).as("router state after the refusal").isEqualTo(before);
        assertThat(run.input().config().sourceName()).as("the config in force").isEqualTo("corrected.conf");
    }

    @Test
    void commitErrorsAreRefusedWithVyosMessageOnTheirLineAndChangeNothing(LabRun run) throws IOException {
        ReferenceRouter router = (ReferenceRouter) run.router();
        String good = Files.readString(Path.of("examples/seed/corrected.conf"));
        String before = router.exec(STATE).orThrow().stdout();
        for (SeedCommitErrors.Edit e : SeedCommitErrors.ALL) {
            VyosConfig refused = e.config(good);
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> run.apply(refused)).as(e.name())
                    .isInstanceOfSatisfying(RunFailure.class, f -> assertThat(f.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessageContaining("router refused " + e.name()).hasMessageMatching(e.expected());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(router.exec(STATE).orThrow().stdout()).as("router state after refusing %s (%d ms)", e.name(), ms)
                    .isEqualTo(before);
        }
        assertThat(run.input().config().sourceName()).as("the config in force").isEqualTo("corrected.conf");
    }
}
