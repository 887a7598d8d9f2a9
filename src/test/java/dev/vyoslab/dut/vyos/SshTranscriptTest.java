package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshTranscriptTest {

    @TempDir
    Path tmp;

    @Test
    void eachCommandWithItsOutputAndStatusAndANewBootStartsAfresh() throws IOException {
        Path file = tmp.resolve("vyos/router-ssh.txt");
        SshTranscript t = new SshTranscript(file);
        t.ssh("ip route show table 100", "Error: ipv4: FIB table does not exist.\nDump terminated\n", 2);
        t.ssh("apply seed.conf", "@@vyoslab committed", 0);
        assertThat(file).hasContent("### ip route show table 100 (exit 2)\nError: ipv4: FIB table does not exist.\n"
                + "Dump terminated\n### apply seed.conf (exit 0)\n@@vyoslab committed\n");
        new SshTranscript(file).ssh("show version", "", 0);
        assertThat(Files.readString(file)).isEqualTo("### show version (exit 0)\n");
    }
}
