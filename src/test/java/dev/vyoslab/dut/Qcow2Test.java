package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Qcow2Test {

    @TempDir
    Path tmp;

    @Test
    void writesAHeaderQemuReads() throws IOException {
        Path img = tmp.resolve("disk.qcow2");
        Qcow2.createEmpty(img, 4L << 30);
        byte[] b = Files.readAllBytes(img);
        assertThat(b).hasSize(4 * 65536);
        assertThat(new String(b, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("QFI");
    }

    @Test
    void qemuImgCheckAcceptsIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/qemu-img")), "qemu-img not installed: check skipped");
        Path img = tmp.resolve("disk.qcow2");
        Qcow2.createEmpty(img, 4L << 30);
        Process p = new ProcessBuilder("/usr/bin/qemu-img", "info", "--output=json", img.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("\"virtual-size\": 4294967296").contains("\"format\": \"qcow2\"");
        Process check = new ProcessBuilder("/usr/bin/qemu-img", "check", img.toString()).redirectErrorStream(true)
                .start();
        String checked = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(checked).isZero();
        assertThat(checked).contains("No errors were found");
    }
}
