package dev.vyoslab.lab;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path dir;

    @Test
    void dockerNotRunningIsOneClearSentence() {
        assertThatThrownBy(() -> new Preflight(() -> false, dir).run())
                .isInstanceOf(LabException.class)
                .hasMessageStartingWith("Docker is not available")
                .hasMessageContaining("docker info");
    }

    @Test
    void missingTunDeviceIsNamed() {
        assertThatThrownBy(() -> new Preflight(() -> true, dir.resolve("tun")).run())
                .isInstanceOf(LabException.class)
                .hasMessageContaining("tun is missing")
                .hasMessageContaining("modprobe tun");
    }

    @Test
    void aReadyMachinePasses() throws Exception {
        Path tun = Files.createFile(dir.resolve("tun"));
        assertThatCode(() -> new Preflight(() -> true, tun).run()).doesNotThrowAnyException();
    }
}
