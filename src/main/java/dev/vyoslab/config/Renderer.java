package dev.vyoslab.config;

/** Renders a tree as set commands for a VyOS version. */
final class Renderer {

    private Renderer() {
    }

    static String render(VyosConfig config, VyosVersion version) {
        throw new UnsupportedOperationException("not yet");
    }
}
