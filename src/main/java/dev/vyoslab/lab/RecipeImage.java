package dev.vyoslab.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * A container image built from a Dockerfile recipe on the classpath (a directory or inside the jar), tagged with the
 * hash of the recipe's files: built once per recipe on a machine and reused by every later run. Files under
 * {@code bin/}, {@code build/}, {@code launcher/} or {@code sbin/} are copied executable.
 */
public final class RecipeImage {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.image");

    private final String resource;
    private final Map<String, byte[]> files;
    private final DockerImageName name;
    private boolean built;

    private RecipeImage(String resource, Map<String, byte[]> files, DockerImageName name) {
        this.resource = resource;
        this.files = files;
        this.name = name;
    }

    /** The recipe in classpath directory {@code resource}, to be tagged {@code repository:HASH}. */
    public static RecipeImage of(String resource, String repository) {
        Map<String, byte[]> files = read(resource);
        return new RecipeImage(resource, files, DockerImageName.parse(repository + ":" + contentHash(files)));
    }

    public DockerImageName name() {
        return name;
    }

    /** True if this machine already has the image. */
    public boolean isPresent() {
        return !DockerClientFactory.instance().client().listImagesCmd()
                .withImageNameFilter(name.asCanonicalNameString()).exec().isEmpty();
    }

    /** Builds the image unless this machine has it; returns its name. */
    public synchronized DockerImageName build() {
        if (built || isPresent()) {
            built = true;
            return name;
        }
        BaseImage.require();
        LOG.info("building image {} from {} (first run of this recipe on this machine)", name, resource);
        long t0 = System.nanoTime();
        ImageFromDockerfile image = new ImageFromDockerfile(name.asCanonicalNameString(), false);
        files.forEach((path, bytes) -> image.withFileFromTransferable(path, Transferable.of(bytes, mode(path))));
        try {
            image.get();
        } catch (RuntimeException e) {
            // the first line says what failed (often a download inside the build: the environment, not the lab)
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new EnvironmentException("building image " + name + " from " + resource + " failed: " + first
                    + " (rerun with -Dvyoslab.tclog=INFO for the build's output)", e);
        }
        LOG.info("image {} built in {} s", name, (System.nanoTime() - t0) / 1_000_000_000);
        built = true;
        return name;
    }

    private static int mode(String path) {
        return path.matches("(.*/)?(bin|sbin|build|launcher)/.*") ? 0755 : 0644;
    }

    /**
     * The recipe's files by relative path. Synchronized: the ITs load image classes from several threads at once, and
     * opening a jar's file system twice fails.
     */
    static synchronized Map<String, byte[]> read(String resource) {
        URL url = RecipeImage.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new LabException("the image recipe " + resource + " is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.provider().getPath(uri));
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image recipe " + resource, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), in.readAllBytes());
                }
            }
        }
        return files;
    }

    static String contentHash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
