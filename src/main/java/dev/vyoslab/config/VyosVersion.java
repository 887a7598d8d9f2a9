package dev.vyoslab.config;

/**
 * VyOS release trains whose configuration syntax this package knows.
 * Each has its own keyword tree ({@code keywords-<id>.txt} next to this class).
 */
public enum VyosVersion {
    /** 1.3 "equuleus" (1.3.4 is the seed's release). */
    V1_3("1.3"),
    /** 1.4 "sagitta". */
    V1_4("1.4"),
    /** current/rolling (1.5 "circinus" line); syntax as of the rolling builds of 2024-2025. */
    ROLLING("rolling");

    private final String id;

    VyosVersion(String id) {
        this.id = id;
    }

    /** {@code 1.3} (also {@code 1.3.4}), {@code 1.4} (also {@code 1.4.0}), {@code rolling} (also {@code current}). */
    public static VyosVersion of(String text) {
        if (text.equals("rolling") || text.equals("current")) {
            return ROLLING;
        }
        for (VyosVersion v : values()) {
            if (text.equals(v.id) || text.startsWith(v.id + ".")) {
                return v;
            }
        }
        throw new IllegalArgumentException("VyOS version is 1.3, 1.4 or rolling, not '" + text + "'");
    }

    /** The release whose generated command tree checks configs of this train: {@code 1.3.4}, {@code 1.4.0}, {@code rolling}. */
    String treeRelease() {
        return switch (this) {
            case V1_3 -> "1.3.4";
            case V1_4 -> "1.4.0";
            case ROLLING -> "rolling";
        };
    }

    /** Short id used in file names and messages: {@code 1.3}, {@code 1.4}, {@code rolling}. */
    public String id() {
        return id;
    }
}
