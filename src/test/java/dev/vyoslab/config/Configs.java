package dev.vyoslab.config;

import java.nio.file.Path;
import java.util.List;

/** Shared inputs for the config tests. */
final class Configs {

    static final Path PUBLISHED = Path.of("examples/seed/published.conf");
    static final Path CORRECTED = Path.of("examples/seed/corrected.conf");
    static final Path REALWORLD = Path.of("src/test/resources/dev/vyoslab/config/realworld");

    private Configs() {
    }

    /** A set-command config from lines, named {@code test.conf}. */
    static VyosConfig lines(String... lines) {
        return VyosConfig.parse("test.conf", String.join("\n", lines) + "\n");
    }

    static List<String> codes(VyosConfig c) {
        return c.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
