package dev.vyoslab.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A VyOS configuration read from a file of {@code set} commands or a {@code config.boot}:
 * its tree, everything wrong with it, and the {@link Intent} it expresses.
 *
 * <p>Parsing never throws for bad content: every problem becomes a {@link Diagnostic}.
 * Only {@link #parse(Path)} on an unreadable file, and {@link #validIntent()} on a config
 * with errors, throw a {@link ConfigException} whose message lists file:line diagnostics.
 *
 * <p>{@link #tree()} holds what the VyOS version it was checked against would accept: a command with an error is left out,
 * exactly as VyOS would refuse that {@code set}. Abbreviated keywords are stored in full.
 */
public final class VyosConfig {

    private final String sourceName;
    private final VyosVersion version;
    private final ConfigTree tree;
    private final List<Diagnostic> diagnostics;
    private final Map<List<String>, Integer> lines;
    private final Intent intent;
    private final Set<String> secrets;
    private final Optional<String> configVersion;
    private final Optional<String> bootText;

    VyosConfig(String sourceName, VyosVersion version, ConfigTree tree, List<Diagnostic> diagnostics, Map<List<String>, Integer> lines,
               Intent intent, Set<String> secrets, Optional<String> configVersion, Optional<String> bootText) {
        this.sourceName = sourceName;
        this.version = version;
        this.tree = tree;
        this.diagnostics = List.copyOf(diagnostics);
        this.lines = Map.copyOf(lines);
        this.intent = intent;
        this.secrets = Set.copyOf(secrets);
        this.configVersion = configVersion;
        this.bootText = bootText;
    }

    /** Reads a file and checks it as VyOS 1.3 would; the diagnostics name it by its file name. */
    public static VyosConfig parse(Path file) {
        return parse(file, ConfigReader.DEFAULT_VERSION);
    }

    /** Reads a file and checks it against the command tree and commit checks of {@code version}. */
    public static VyosConfig parse(Path file, VyosVersion version) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(new Diagnostic(name, 0, 0, Severity.ERROR, "unreadable",
                    "cannot read " + file + ": " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage())));
        }
        return ConfigReader.read(name, bytes, version);
    }

    /** Parses text already in memory as VyOS 1.3 would; {@code sourceName} is used in diagnostics. */
    public static VyosConfig parse(String sourceName, String text) {
        return parse(sourceName, text, ConfigReader.DEFAULT_VERSION);
    }

    /** Parses text already in memory against {@code version}; {@code sourceName} is used in diagnostics. */
    public static VyosConfig parse(String sourceName, String text, VyosVersion version) {
        return ConfigReader.read(sourceName, text, version);
    }

    /** The VyOS version the config was checked against. */
    public VyosVersion version() {
        return version;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The accepted configuration (commands with errors left out). */
    public ConfigTree tree() {
        return tree;
    }

    /** Every finding, in source order (semantic warnings after the per-line ones of the same line). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * The intent of the accepted tree. With errors this is partial (it describes what VyOS would
     * actually run, without the refused commands); use {@link #validIntent()} to insist on a clean config.
     */
    public Intent intent() {
        return intent;
    }

    /** The intent, or a {@link ConfigException} listing every error. */
    public Intent validIntent() {
        if (hasErrors()) {
            throw new ConfigException(sourceName + " has errors",
                    diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList());
        }
        return intent;
    }

    /**
     * The accepted tree as {@code set} commands, in the syntax of {@link #version()}. For another release, migrate
     * the config with VyOS's own scripts ({@link Migration}) and render the result.
     */
    public String render() {
        return Renderer.commands(tree.paths());
    }

    /** The source line of the {@code set} command that created {@code path} (or its first leaf below it). */
    public Optional<Integer> lineOf(List<String> path) {
        Integer exact = lines.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        return tree.node(path).map(ConfigNode::line).filter(l -> l > 0);
    }

    /** The {@code vyos-config-version} footer of a config.boot, e.g. {@code "bgp@1:…:nat@5:…"}; empty for set files. */
    public Optional<String> configVersion() {
        return configVersion;
    }

    /**
     * The text of a config.boot as read, so a router can load it whole and migrate it with its own code; empty for
     * set files.
     */
    public Optional<String> bootText() {
        return bootText;
    }

    /** Values to mask in every log and report: PPPoE passwords, dynamic-DNS passwords and keys. */
    public Set<String> secrets() {
        return secrets;
    }

    /** {@code text} with every secret replaced by a mask. */
    public String mask(String text) {
        String out = text;
        for (String s : secrets) {
            if (!s.isEmpty()) {
                out = out.replace(s, Intent.MASK);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "VyosConfig[" + sourceName + ", " + tree.paths().size() + " paths, " + diagnostics.size()
                + " diagnostics]";
    }
}
