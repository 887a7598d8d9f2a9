package dev.vyoslab.dut;

import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code show version} says, as its "Key: value" fields. */
public record ShowVersion(Map<String, String> fields) {

    static ShowVersion parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.replace("\r", "").split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                fields.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return new ShowVersion(Map.copyOf(fields));
    }

    /** {@code 1.3.4} from {@code Version: VyOS 1.3.4}. */
    public String version() {
        return fields.getOrDefault("Version", "").replaceFirst("^VyOS\\s+", "");
    }

    /** {@code equuleus}, {@code current}... */
    public String releaseTrain() {
        return fields.getOrDefault("Release train", fields.getOrDefault("Release Train", ""));
    }
}
