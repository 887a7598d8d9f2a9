package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VyosIsoTest {

    @TempDir
    Path tmp;

    private Path iso(String content) throws IOException {
        return Files.writeString(tmp.resolve("vyos.iso"), content);
    }

    @Test
    void verifiedFileEntersTheCacheByHash() throws IOException {
        Path file = iso("not really an ISO");
        String sha = VyosIso.sha256Of(file);
        VyosIso iso = VyosIso.fromFile(file, sha.toUpperCase(), tmp.resolve("cache"));
        assertThat(iso.sha256()).isEqualTo(sha);
        assertThat(iso.path()).isEqualTo(tmp.resolve("cache").resolve(sha + ".iso"));
        assertThat(iso.path()).hasContent("not really an ISO");
    }

    @Test
    void wrongSha256IsAClearErrorAndLeavesNothingInTheCache() throws IOException {
        Path file = iso("corrupt download");
        String wrong = "0".repeat(64);
        assertThatThrownBy(() -> VyosIso.fromFile(file, wrong, tmp.resolve("cache")))
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("sha256 mismatch")
                .hasMessageContaining("expected " + wrong)
                .hasMessageContaining("got " + VyosIso.sha256Of(file));
        try (var left = Files.list(tmp.resolve("cache"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void missingFileIsAClearError() {
        Path missing = tmp.resolve("nowhere.iso");
        assertThatThrownBy(() -> VyosIso.fromFile(missing, "a".repeat(64), tmp.resolve("cache")))
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void malformedSha256IsRejected() {
        assertThatThrownBy(() -> VyosIso.fromFile(tmp.resolve("x.iso"), "abc", tmp))
                .isInstanceOf(VyosIsoException.class).hasMessageContaining("not a sha256");
    }

    @Test
    void cacheHitNeedsNeitherTheSourceNorTheNetwork() throws IOException {
        String sha = "b".repeat(64);
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Files.writeString(cache.resolve(sha + ".iso"), "cached");
        assertThat(VyosIso.fromFile(tmp.resolve("gone.iso"), sha, cache).path()).hasContent("cached");
        // an unroutable URL is never contacted on a cache hit
        assertThat(VyosIso.fromUrl(URI.create("http://127.0.0.1:1/vyos.iso"), sha, cache, Duration.ofSeconds(1))
                .path()).hasContent("cached");
    }

    @Test
    void unreachableUrlFailsFastWithAClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> VyosIso.fromUrl(URI.create("http://127.0.0.1:" + closedPort + "/vyos.iso"),
                "c".repeat(64), tmp.resolve("cache"), Duration.ofSeconds(2)))
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("cannot download the VyOS ISO from http://127.0.0.1:" + closedPort)
                .hasMessageContaining("-Dvyos.iso=PATH");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
