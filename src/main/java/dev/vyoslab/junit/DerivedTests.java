package dev.vyoslab.junit;

import dev.vyoslab.check.Check;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** The checks the config claims, as JUnit dynamic tests named {@code id: title}; a failure saves the artifacts. */
public final class DerivedTests {

    private final List<Check> checks;
    private final BiConsumer<String, Throwable> onFailure;

    DerivedTests(List<Check> checks, BiConsumer<String, Throwable> onFailure) {
        this.checks = checks;
        this.onFailure = onFailure;
    }

    public List<Check> checks() {
        return checks;
    }

    public Stream<DynamicTest> dynamicTests() {
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
