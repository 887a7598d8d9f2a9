package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The once-per-ref download, against a local server that answers as GitHub's archive does. */
class Vyos1xDownloadTest {

    @Test
    void keepsTheFoldersMigrationsNeedAndNothingHalf(@TempDir Path tmp) throws Exception {
        Vyos1xRef ref = Vyos1xRef.CURRENT;
        Path top = tmp.resolve("src/vyos-1x-" + ref.commit());
        for (String d : Vyos1xSources.NEEDED) {
            Files.createDirectories(top.resolve(d));
            Files.writeString(top.resolve(d).resolve("a"), d);
        }
        Files.createDirectories(top.resolve("smoketest"));
        Files.writeString(top.resolve("LICENSE"), "GPL-2.0");
        Path archive = tmp.resolve(ref.commit() + ".tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "-C", tmp.resolve("src").toString(),
                top.getFileName().toString()).inheritIO().start();
        assertThat(tar.waitFor(30, TimeUnit.SECONDS) && tar.exitValue() == 0).isTrue();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            boolean found = x.getRequestURI().getPath().equals("/archive/" + ref.commit() + ".tar.gz");
            byte[] body = found ? Files.readAllBytes(archive) : new byte[0];
            x.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/archive/");
            Path dir = tmp.resolve("cache/current");
            new Vyos1xDownload(ref, Duration.ofSeconds(5), base).into(dir);
            assertThat(Vyos1xSources.complete(dir)).isTrue();
            assertThat(dir.resolve("LICENSE")).exists();
            assertThat(dir.resolve("smoketest")).doesNotExist();
            assertThatThrownBy(() -> new Vyos1xDownload(Vyos1xRef.V1_4_0, Duration.ofSeconds(5), base)
                    .into(tmp.resolve("cache/1.4.0")))
                    .hasMessageContaining("HTTP 404");
            assertThat(tmp.resolve("cache/1.4.0")).doesNotExist();
            try (var left = Files.list(tmp.resolve("cache"))) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("current");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theArchiveIsGithubsOfThePinnedCommit() throws IOException {
        assertThat(new Vyos1xDownload(Vyos1xRef.V1_4_0, Duration.ofSeconds(1)).uri()).hasToString(
                "https://github.com/vyos/vyos-1x/archive/9017dad232c00ed10347ff9b1adec3324b3bff71.tar.gz");
    }
}
