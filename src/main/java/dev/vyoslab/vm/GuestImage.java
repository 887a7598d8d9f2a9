package dev.vyoslab.vm;

import dev.vyoslab.lab.LabException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
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
import org.testcontainers.utility.DockerImageName;

/**
 * The microVM image built from {@code qemu/guest} (QEMU, the launcher, and the Debian guest's kernel, initramfs and
 * squashfs root). The tag is the hash of the recipe's files, so it is built once per recipe and reused by every
 * later run on the machine.
 */
public final class GuestImage {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.image");
    static final String RESOURCE = "qemu/guest";

    private static GuestImage instance;
    private final DockerImageName imageName;

    private GuestImage(DockerImageName imageName) {
        this.imageName = imageName;
    }

    /** The image for this recipe, built now if this machine does not have it yet. */
    public static synchronized GuestImage get() {
        if (instance == null) {
            Map<String, byte[]> files = recipe();
            DockerImageName name = DockerImageName.parse("vyos-lab/microvm:" + contentHash(files));
            build(name, files);
            instance = new GuestImage(name);
        }
        return instance;
    }

    public DockerImageName imageName() {
        return imageName;
    }

    private static void build(DockerImageName name, Map<String, byte[]> files) {
        var docker = DockerClientFactory.instance().client();
        if (!docker.listImagesCmd().withImageNameFilter(name.asCanonicalNameString()).exec().isEmpty()) {
            LOG.info("microVM image {} is cached", name);
            return;
        }
        BaseImage.require();
        LOG.info("building microVM image {} (first run on this machine: a few minutes)", name);
        long t0 = System.nanoTime();
        ImageFromDockerfile image = new ImageFromDockerfile(name.asCanonicalNameString(), false);
        files.forEach((path, bytes) -> image.withFileFromTransferable(path,
                org.testcontainers.images.builder.Transferable.of(bytes, path.startsWith("build/")
                        || path.startsWith("launcher/") || path.contains("/sbin/") ? 0755 : 0644)));
        try {
            image.get();
        } catch (RuntimeException e) {
            throw new LabException("building the microVM image failed: " + e.getMessage(), e);
        }
        LOG.info("microVM image {} built in {} s", name, (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** The recipe's files by relative path, read from the classpath (a directory or the jar). */
    static Map<String, byte[]> recipe() {
        URL url = GuestImage.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new LabException("the microVM recipe " + RESOURCE + " is missing from the classpath");
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
            throw new UncheckedIOException("cannot read the microVM recipe", e);
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
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
