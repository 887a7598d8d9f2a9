package dev.vyoslab.dut;

import dev.vyoslab.vm.SerialConsole;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources of this package and a console replaying a recorded transcript. */
final class Resources {

    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A console whose guest "prints" the transcript at once; what the driver types lands in {@code typed}. */
    static SerialConsole replay(String transcript, ByteArrayOutputStream typed) {
        return new SerialConsole("vyos", new ByteArrayInputStream(text(transcript).getBytes(StandardCharsets.UTF_8)),
                typed, null);
    }
}
