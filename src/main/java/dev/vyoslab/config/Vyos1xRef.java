package dev.vyoslab.config;

/**
 * The vyos-1x source ref whose migration scripts bring a config to a release: {@code 1.4.0} (the tag) for 1.4 and a
 * pinned commit of branch {@code current} for rolling, the same commits as the offline subsets in
 * {@code ../shared/vyos-1x/README.md}, so a preview is reproducible.
 */
enum Vyos1xRef {
    V1_4_0("1.4.0", "9017dad232c00ed10347ff9b1adec3324b3bff71"),
    CURRENT("current", "3710c5879f5733d05aae6e156f74d62b73821b2d");

    private final String folder;
    private final String commit;

    Vyos1xRef(String folder, String commit) {
        this.folder = folder;
        this.commit = commit;
    }

    static Vyos1xRef of(VyosVersion target) {
        return switch (target) {
            case V1_4 -> V1_4_0;
            case ROLLING -> CURRENT;
            case V1_3 -> throw new MigrationException(MigrationException.Reason.BAD_INPUT,
                    "1.3 is the oldest release vyos-lab knows: nothing migrates to it");
        };
    }

    /** The folder name in the cache: {@code 1.4.0}, {@code current}. */
    String folder() {
        return folder;
    }

    String commit() {
        return commit;
    }
}
