package dev.vyoslab.config;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Unchanged subsets of vyos/vyos-1x per ref (../shared/vyos-1x/REF/...), for machines that cannot reach GitHub.
 * The folder is {@code -Dvyoslab.vyos1x}, else {@code $VYOSLAB_VYOS1X} (what .ci/run sets), else ../shared/vyos-1x;
 * a test that needs a subset that is absent is skipped with the reason.
 */
public final class SharedVyosSources {

    private SharedVyosSources() {
    }

    public static Path root() {
        String dir = System.getProperty("vyoslab.vyos1x", System.getenv().getOrDefault("VYOSLAB_VYOS1X",
                "../shared/vyos-1x"));
        return Path.of(dir);
    }

    /** The smoketest configs of {@code ref} (1.3.4, 1.4.0, current), sorted; skips the test without them. */
    static List<Path> smoketestConfigs(String ref) throws IOException {
        Path dir = root().resolve(ref).resolve("smoketest/configs");
        assumeTrue(Files.isDirectory(dir), "no VyOS smoketest configs at " + dir.toAbsolutePath()
                + " (set -Dvyoslab.vyos1x or VYOSLAB_VYOS1X to a folder holding " + ref + "/smoketest/configs)");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
