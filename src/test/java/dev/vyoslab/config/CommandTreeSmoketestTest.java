package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures what the generated 1.3.4 tree says about every path of VyOS 1.3.4's own smoketest configs
 * ({@code smoketest/configs/} of 1.3.4 in {@link SharedVyosSources}).
 * Most of those configs were written by older releases and are migrated when 1.3.4 loads them, so old
 * syntax shows up here as unknown; the report lists each unknown path and value refused. Written to
 * target/command-tree-smoketest-1.3.4.txt.
 */
class CommandTreeSmoketestTest {

    /** Ceilings from the measurement at generator version 1; a rise means the tree lost something. */
    private static final int MAX_UNKNOWN_PATHS = 80;
    private static final int MAX_REFUSED_VALUES = 6;

    @Test
    void smoketestConfigsOf134() throws IOException {
        CommandTree tree = CommandTree.of("1.3.4");
        List<String> unknown = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int paths = 0;
        int checked = 0;
        int notChecked = 0;
        List<Path> files = SharedVyosSources.smoketestConfigs("1.3.4");
        for (Path file : files) {
            String name = file.getFileName().toString();
            BootReader.Result r = BootReader.read(Files.readString(file, StandardCharsets.UTF_8), new Diagnostics(name));
            for (Command c : r.commands()) {
                List<String> words = c.words().stream().map(Word::text).toList();
                paths++;
                CommandTree.Lookup l = tree.lookup(words);
                if (!l.known()) {
                    unknown.add(name + ":" + c.line() + "\t" + String.join(" ", words) + "\t(" + l.why() + ")");
                    continue;
                }
                CommandNode leaf = l.node();
                if (l.value().isPresent()) {
                    ValueRule.Verdict v = leaf.check(l.value().get());
                    if (v == ValueRule.Verdict.REFUSES) {
                        refused.add(name + ":" + c.line() + "\t" + String.join(" ", words) + "\t(rules: "
                                + leaf.rules() + ")");
                    } else if (v == ValueRule.Verdict.ACCEPTS) {
                        checked++;
                    } else {
                        notChecked++;
                    }
                }
            }
        }
        String summary = files.size() + " configs, " + paths + " paths: " + unknown.size() + " unknown to the tree, "
                + refused.size() + " values refused, " + checked + " values accepted by a checked rule, "
                + notChecked + " values under rules not checked offline (named formats, scripts)";
        Path out = Path.of("target", "command-tree-smoketest-1.3.4.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary + "\n\nunknown paths:\n" + String.join("\n", unknown) + "\n\nrefused values:\n"
                + String.join("\n", refused) + "\n");
        System.out.println("command tree 1.3.4 vs smoketest configs: " + summary + " (details: " + out + ")");
        assertThat(files).hasSize(16);
        assertThat(unknown).hasSizeLessThanOrEqualTo(MAX_UNKNOWN_PATHS);
        assertThat(refused).hasSizeLessThanOrEqualTo(MAX_REFUSED_VALUES);
    }
}
