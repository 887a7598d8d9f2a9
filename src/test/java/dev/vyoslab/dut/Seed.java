package dev.vyoslab.dut;

import dev.vyoslab.config.Intent;
import dev.vyoslab.config.VyosConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The corrected seed (examples/seed/corrected.conf) and variants of it, for builder tests. */
final class Seed {

    static final Path CORRECTED = Path.of("examples/seed/corrected.conf");

    private Seed() {
    }

    static String text() {
        try {
            return Files.readString(CORRECTED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VyosConfig config() {
        return VyosConfig.parse(CORRECTED);
    }

    static Intent intent() {
        return config().intent();
    }

    /** The seed with {@code extra} set commands appended. */
    static VyosConfig with(String... extra) {
        return VyosConfig.parse("variant.conf", text() + "\n" + String.join("\n", extra) + "\n");
    }
}
