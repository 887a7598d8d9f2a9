package dev.vyoslab.junit;

import dev.vyoslab.check.Check;
import dev.vyoslab.check.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks the config claims, as JUnit dynamic tests named {@code id: title}; a failure saves the artifacts. A
 * router that never converged is one failing test saying what was seen, instead of every check timing out.
 */
public final class DerivedTests {

    private final Optional<CheckResult> notConverged;
    private final List<Check> checks;
    private final BiConsumer<String, Throwable> onFailure;

    DerivedTests(Optional<CheckResult> notConverged, List<Check> checks, BiConsumer<String, Throwable> onFailure) {
        this.notConverged = notConverged;
        this.checks = checks;
        this.onFailure = onFailure;
    }

    public List<Check> checks() {
        return checks;
    }

    public Stream<DynamicTest> dynamicTests() {
        if (notConverged.isPresent()) {
            CheckResult r = notConverged.get();
            return Stream.of(DynamicTest.dynamicTest(r.check().toString(), () -> {
                throw new AssertionError(r.message());
            }));
        }
        return checks.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            try {
                c.body().run();
            } catch (Throwable t) {
                onFailure.accept(c.id(), t);
                throw t;
            }
        }));
    }

    /** A check id as a directory name: {@code dhcp/HOME-DHCP/10.0.1.0-24} becomes {@code dhcp_HOME-DHCP_10.0.1.0-24}. */
    static Path dirName(String id) {
        return Path.of(id.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
}
