package dev.vyoslab.config;

/** Tells a {@code config.boot} from a set-command file by its first significant line. */
final class FormDetector {

    private FormDetector() {
    }

    static boolean isBoot(String text) {
        boolean inComment = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.strip();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            // "interfaces {" or "ethernet eth0 {": a node opening; anything else reads as commands
            return line.endsWith("{") && line.split("\\s+").length <= 3;
        }
        return false;
    }
}
