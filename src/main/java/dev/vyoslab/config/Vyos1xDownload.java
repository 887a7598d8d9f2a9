package dev.vyoslab.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fetches GitHub's archive of one vyos-1x commit and keeps the folders migrations need (plus LICENSE), unpacked with
 * {@code tar}; the folder appears whole or not at all.
 */
final class Vyos1xDownload {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    static final URI GITHUB = URI.create("https://github.com/vyos/vyos-1x/archive/");

    private final Vyos1xRef ref;
    private final Duration connect;
    private final URI base;

    Vyos1xDownload(Vyos1xRef ref, Duration connect) {
        this(ref, connect, GITHUB);
    }

    /** {@code base} serves {@code <commit>.tar.gz} as GitHub's archive folder does. */
    Vyos1xDownload(Vyos1xRef ref, Duration connect, URI base) {
        this.ref = ref;
        this.connect = connect;
        this.base = base;
    }

    URI uri() {
        return base.resolve(ref.commit() + ".tar.gz");
    }

    void into(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        Path archive = null;
        Path unpacked = null;
        try {
            Files.createDirectories(parent);
            archive = Files.createTempFile(parent, ref.folder(), ".tar.gz");
            HttpClient http = HttpClient.newBuilder().connectTimeout(connect)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<Path> r = http.send(HttpRequest.newBuilder(uri()).timeout(LIMIT).build(),
                    HttpResponse.BodyHandlers.ofFile(archive));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri() + " answered HTTP " + r.statusCode());
            }
            unpacked = Files.createTempDirectory(parent, ref.folder() + ".part");
            untar(archive, unpacked);
            Files.move(unpacked, dir, StandardCopyOption.ATOMIC_MOVE);
            unpacked = null;
        } catch (IOException e) {
            throw new IllegalStateException(uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(uri() + ": interrupted");
        } finally {
            delete(archive);
            delete(unpacked);
        }
    }

    private void untar(Path archive, Path into) throws IOException, InterruptedException {
        // GitHub's archives hold one top folder, vyos-1x-<commit>/
        String top = "vyos-1x-" + ref.commit() + "/";
        List<String> cmd = new ArrayList<>(List.of("tar", "-xzf", archive.toString(), "-C", into.toString(),
                "--strip-components=1", top + "LICENSE"));
        for (String n : Vyos1xSources.NEEDED) {
            cmd.add(top + n);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("tar " + archive + " failed: " + out.strip());
        }
    }

    private static void delete(Path p) {
        if (p == null) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
