package dev.vyoslab.dut.vyos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest rolling ISO from a GitHub release, served locally: no network. */
class NightlyReleaseTest {

    @TempDir
    Path tmp;

    /**
     * A release object as GitHub's REST API returns it, with the assets vyos-nightly-build's workflow uploads
     * ({@code vyos-$BUILD_VERSION-amd64.iso} and its {@code .minisig}).
     */
    private static String release(String base, String digest) {
        String version = "1.5-rolling-202612010007";
        return """
                {"tag_name": "%1$s", "name": "%1$s", "assets": [
                  {"name": "vyos-%1$s-amd64.iso.minisig", "browser_download_url": "%2$s/vyos-%1$s-amd64.iso.minisig",
                   "digest": "sha256:%4$s"},
                  {"name": "vyos-%1$s-amd64.iso", "browser_download_url": "%2$s/vyos-%1$s-amd64.iso" %3$s}
                ]}""".formatted(version, base, digest == null ? "" : ", \"digest\": \"" + digest + "\"",
                "0".repeat(64));
    }

    @Test
    void downloadsTheIsoAssetAndChecksItsDigest() throws Exception {
        byte[] iso = "pretend this is a VyOS ISO".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(iso));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/releases/latest", x -> respond(x, release(base, "sha256:" + sha).getBytes()));
        server.createContext("/vyos-1.5-rolling-202612010007-amd64.iso", x -> respond(x, iso));
        server.start();
        try {
            VyosIso got = NightlyRelease.latest(URI.create(base + "/releases/latest"), tmp, Duration.ofSeconds(5));
            assertThat(got.sha256()).isEqualTo(sha);
            assertThat(got.path()).hasBinaryContent(iso);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aReleaseWithoutADigestIsRefused() {
        assertThatThrownBy(() -> NightlyRelease.asset(release("http://x", null)))
                .hasMessageContaining("gives no sha256 for vyos-1.5-rolling-202612010007-amd64.iso")
                .hasMessageContaining("--iso PATH --iso-sha256 HEX");
    }

    @Test
    void theMinisigIsNotTakenForTheIso() {
        assertThat(NightlyRelease.asset(release("http://x", "sha256:" + "a".repeat(64))).name())
                .isEqualTo("vyos-1.5-rolling-202612010007-amd64.iso");
    }

    @Test
    void withoutNetworkItFailsFastSayingWhy() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> NightlyRelease.latest(URI.create("http://127.0.0.1:" + closed + "/releases/latest"),
                tmp, Duration.ofSeconds(5)))
                .isInstanceOf(VyosIsoException.class)
                .hasMessageContaining("cannot reach 127.0.0.1 for the newest VyOS rolling release")
                .hasMessageContaining("--iso PATH --iso-sha256 HEX");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private static void respond(com.sun.net.httpserver.HttpExchange x, byte[] body) throws IOException {
        x.sendResponseHeaders(200, body.length);
        x.getResponseBody().write(body);
        x.close();
    }
}
