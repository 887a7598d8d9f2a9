package dev.vyoslab.config;

/** Turns bytes or text into a {@link VyosConfig}: decoding, form detection, parsing, checking. */
final class ConfigReader {

    private ConfigReader() {
    }

    static VyosConfig read(String name, byte[] bytes) {
        return read(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    static VyosConfig read(String name, String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
