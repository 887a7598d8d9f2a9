package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one clear diagnostic (or a ConfigException for an unreadable path), never a stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    private static Diagnostic only(VyosConfig c) {
        assertThat(c.diagnostics()).hasSize(1);
        assertThat(c.tree().isEmpty()).isTrue();
        return c.diagnostics().get(0);
    }

    @Test
    void binaryFile() throws IOException {
        Path f = dir.resolve("image.bin");
        Files.write(f, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Diagnostic d = only(VyosConfig.parse(f));
        assertThat(d.toString()).isEqualTo("image.bin: error: binary file (NUL byte at offset 7); expected set"
                + " commands or a config.boot");
        Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        assertThat(only(VyosConfig.parse(f)).message()).contains("not UTF-8 text");
    }

    @Test
    void unterminatedQuote() {
        Diagnostic d = only(Configs.lines("set firewall name WAN_IN description 'WAN to Internal"));
        assertThat(d.toString()).isEqualTo("test.conf:1:38: error: unterminated quote: the ' opened here is never closed");
        Diagnostic boot = only(VyosConfig.parse("config.boot", "firewall {\n    name A {\n        description \"x\n    }\n}\n"));
        assertThat(boot.line()).isEqualTo(3);
    }

    @Test
    void unbalancedBraces() {
        Diagnostic open = only(VyosConfig.parse("config.boot", "interfaces {\n    ethernet eth0 {\n        address dhcp\n}\n"));
        assertThat(open.toString()).isEqualTo("config.boot:1: error: unbalanced braces: the '{' opened on line 1"
                + " (interfaces) is never closed");
        Diagnostic closed = only(VyosConfig.parse("config.boot", "interfaces {\n}\n}\n"));
        assertThat(closed.toString()).isEqualTo("config.boot:3:1: error: unbalanced braces: this '}' closes nothing");
    }

    @Test
    void emptyFile() {
        assertThat(only(VyosConfig.parse("empty.conf", "")).toString())
                .isEqualTo("empty.conf: error: empty file: no configuration in it");
        assertThat(VyosConfig.parse("comments.conf", "# nothing\n\ncommit\n").diagnostics())
                .extracting(Diagnostic::code).containsExactlyInAnyOrder("ignored-command", "empty");
    }

    @Test
    void missingFileIsAConfigExceptionWithoutStackTrace() {
        Path missing = dir.resolve("nope.conf");
        assertThatThrownBy(() -> VyosConfig.parse(missing)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("nope.conf: error: cannot read").satisfies(e ->
                        assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void garbageTextIsReportedPerLine() {
        VyosConfig c = VyosConfig.parse("notes.txt", "Codes: S - State, L - Link\nInterface   IP Address\n");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("syntax", "syntax");
    }
}
