package dev.vyoslab.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the vyos-1x sources that migrations run from are cached: one folder per ref ({@code 1.4.0}, {@code current})
 * holding {@code src/migration-scripts}, {@code python/vyos} and {@code interface-definitions/include/version}.
 * The folder is {@code -Dvyoslab.vyos1x}, else {@code $VYOSLAB_VYOS1X}, else {@code ~/.cache/vyos-lab/vyos-1x}; a ref
 * that is missing is downloaded once from the public vyos/vyos-1x repository.
 */
public final class Vyos1xSources {

    static final String[] NEEDED = {"src/migration-scripts", "python/vyos", "interface-definitions/include/version"};
    private static final Duration CONNECT = Duration.ofSeconds(10);

    private final Path root;
    private final boolean download;

    private Vyos1xSources(Path root, boolean download) {
        this.root = root;
        this.download = download;
    }

    /** The folder configured by property or environment (or the default cache), downloading what is missing. */
    public static Vyos1xSources configured() {
        String p = System.getProperty("vyoslab.vyos1x", System.getenv("VYOSLAB_VYOS1X"));
        Path root = p != null && !p.isBlank() ? Path.of(p)
                : Path.of(System.getProperty("user.home"), ".cache", "vyos-lab", "vyos-1x");
        return new Vyos1xSources(root, true);
    }

    /** Only what {@code root} holds; a missing ref is not downloaded. */
    public static Vyos1xSources offline(Path root) {
        return new Vyos1xSources(root, false);
    }

    public Path root() {
        return root;
    }

    /** The folder of {@code ref}, downloaded first when missing; a {@link MigrationException} says where to put it. */
    Path folder(Vyos1xRef ref) {
        Path dir = root.resolve(ref.folder());
        if (complete(dir)) {
            return dir;
        }
        String where = "vyos-1x sources for " + ref.folder() + " are missing: put src/migration-scripts, python/vyos"
                + " and interface-definitions/include/version of https://github.com/vyos/vyos-1x at " + ref.commit()
                + " into " + dir.toAbsolutePath() + " (or point -Dvyoslab.vyos1x / VYOSLAB_VYOS1X at a folder"
                + " holding " + ref.folder() + "/)";
        if (!download) {
            throw new MigrationException(MigrationException.Reason.NO_SOURCES, where);
        }
        try {
            new Vyos1xDownload(ref, CONNECT).into(dir);
        } catch (RuntimeException e) {
            throw new MigrationException(MigrationException.Reason.NO_SOURCES, where + "; the download failed: "
                    + e.getMessage());
        }
        if (!complete(dir)) {
            throw new MigrationException(MigrationException.Reason.NO_SOURCES, where + "; the download lacked them");
        }
        return dir;
    }

    static boolean complete(Path dir) {
        for (String n : NEEDED) {
            if (!Files.isDirectory(dir.resolve(n))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
