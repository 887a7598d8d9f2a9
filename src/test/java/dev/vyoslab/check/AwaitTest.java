package dev.vyoslab.check;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void aProbeSlowerThanTheLimitStillReportsWhatItSaw() {
        assertThatThrownBy(() -> Await.until("slow probe", Duration.ofMillis(300), List.of(), () -> {
            Thread.sleep(600); // stands in for a probe whose own timeout is longer than the limit
            throw new AssertionError("expected: 1 reply\n  seen: none");
        })).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("slow probe: still not true after")
                .hasMessageContaining("seen: none");
    }
}
