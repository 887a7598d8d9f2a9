package dev.vyoslab.dut.vyos;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A VyOS ISO known by its sha256, kept in a cache directory as {@code <sha256>.iso}.
 *
 * <p>The ISO comes from a local file or an URL; either way its hash is checked once, when it enters the cache, so
 * later runs find it by hash without reading it again.
 */
public record VyosIso(Path path, String sha256) {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.iso");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** {@code ~/.cache/vyos-lab/iso}, or {@code -Dvyos.cache}/iso. */
    public static Path defaultCacheDir() {
        String base = System.getProperty("vyos.cache");
        return base != null ? Path.of(base, "iso")
                : Path.of(System.getProperty("user.home"), ".cache", "vyos-lab", "iso");
    }

    /**
     * The ISO configured for this run: {@code -Dvyos.iso} or env {@code VYOS_ISO} (a path or an http(s) URL) with
     * {@code -Dvyos.iso.sha256} or env {@code VYOS_ISO_SHA256}, or {@code rolling} for the newest nightly release
     * ({@link NightlyRelease}); empty when no ISO is configured.
     */
    public static Optional<VyosIso> configured(Path cacheDir, Duration connectTimeout) {
        Optional<String> where = setting("vyos.iso", "VYOS_ISO");
        if (where.isEmpty()) {
            return Optional.empty();
        }
        if (where.get().equals(NightlyRelease.NAME)) {
            return Optional.of(NightlyRelease.latest(cacheDir, connectTimeout));
        }
        String sha = setting("vyos.iso.sha256", "VYOS_ISO_SHA256").orElseThrow(() -> new VyosIsoException(
                "a VyOS ISO is configured (" + where.get() + ") but its sha256 is not: set -Dvyos.iso.sha256 or"
                        + " VYOS_ISO_SHA256 (sha256sum prints it)"));
        String w = where.get();
        return Optional.of(w.startsWith("http://") || w.startsWith("https://")
                ? fromUrl(URI.create(w), sha, cacheDir, connectTimeout)
                : fromFile(Path.of(w), sha, cacheDir));
    }

    /** Why {@link #configured} is empty, for skip messages. */
    public static String notConfiguredReason() {
        return "no VyOS ISO configured: set -Dvyos.iso=PATH|URL and -Dvyos.iso.sha256=HEX"
                + " (or env VYOS_ISO, VYOS_ISO_SHA256), or -Dvyos.iso=rolling";
    }

    /** Verifies a local ISO and enters it into the cache (a cache hit does not read {@code file} at all). */
    public static VyosIso fromFile(Path file, String sha256, Path cacheDir) {
        String want = normalise(sha256);
        Path cached = cacheDir.resolve(want + ".iso");
        if (Files.isRegularFile(cached)) {
            LOG.debug("ISO {} found in cache {}", want, cached);
            return new VyosIso(cached, want);
        }
        if (!Files.isRegularFile(file)) {
            throw new VyosIsoException("VyOS ISO " + file.toAbsolutePath() + " does not exist (or is not a file),"
                    + " and the cache " + cacheDir + " has no ISO with sha256 " + want);
        }
        try {
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, want, ".partial");
            try (InputStream in = Files.newInputStream(file)) {
                String got = copyHashing(in, partial);
                requireHash(file.toString(), want, got);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return enter(partial, cached, want);
        } catch (IOException e) {
            throw new VyosIsoException("cannot copy " + file + " into the ISO cache " + cacheDir + ": " + e, e);
        }
    }

    /** Downloads an ISO (unless the cache has it) and verifies it; an unreachable URL fails within the timeout. */
    public static VyosIso fromUrl(URI url, String sha256, Path cacheDir, Duration connectTimeout) {
        String want = normalise(sha256);
        Path cached = cacheDir.resolve(want + ".iso");
        if (Files.isRegularFile(cached)) {
            return new VyosIso(cached, want);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, want, ".partial");
            try {
                LOG.info("downloading VyOS ISO {} (sha256 {})", url, want);
                HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    response.body().close();
                    throw new VyosIsoException("downloading the VyOS ISO from " + url + " failed: HTTP "
                            + response.statusCode() + "; check the URL (VYOS_ISO_URL) or give a local file");
                }
                try (InputStream in = response.body()) {
                    requireHash(url.toString(), want, copyHashing(in, partial));
                }
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return enter(partial, cached, want);
        } catch (IOException e) {
            throw new VyosIsoException("cannot download the VyOS ISO from " + url + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); is the host reachable from here?"
                    + " Give a local file with -Dvyos.iso=PATH instead", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VyosIsoException("interrupted downloading " + url, e);
        }
    }

    /** The sha256 of a file, lower-case hex. */
    static String sha256Of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copyHashing(in, null);
        }
    }

    private static String copyHashing(InputStream in, Path target) throws IOException {
        MessageDigest digest = newDigest();
        try (var out = target == null ? java.io.OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void requireHash(String source, String want, String got) {
        if (!want.equals(got)) {
            throw new VyosIsoException("sha256 mismatch for VyOS ISO " + source + ": expected " + want + ", got " + got
                    + "; the file is corrupt, incomplete, or not the ISO you meant");
        }
    }

    private static VyosIso enter(Path partial, Path cached, String sha) throws IOException {
        try {
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING);
        }
        LOG.info("VyOS ISO {} cached at {}", sha, cached);
        return new VyosIso(cached, sha);
    }

    private static String normalise(String sha256) {
        String s = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(s).matches()) {
            throw new VyosIsoException("not a sha256 (64 hex digits): '" + sha256 + "'");
        }
        return s;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
