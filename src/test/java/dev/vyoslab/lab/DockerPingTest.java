package dev.vyoslab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerPingTest {

    @TempDir
    Path dir;

    @Test
    void dockerHostWins() {
        assertThat(DockerPing.endpoint(Map.of("DOCKER_HOST", "unix:///nonexistent.sock"), dir))
                .contains(URI.create("unix:///nonexistent.sock"));
    }

    @Test
    void withoutDockerHostTheFirstExistingSocketIsUsed() throws IOException {
        Path desktop = dir.resolve(".docker/desktop/docker.sock");
        Files.createDirectories(desktop.getParent());
        Files.createFile(desktop);
        Optional<URI> endpoint = DockerPing.endpoint(Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString()), dir);
        // /var/run/docker.sock comes first where it exists (as on the build machines)
        assertThat(endpoint).hasValueSatisfying(e -> assertThat(e.toString())
                .isIn("unix:///var/run/docker.sock", "unix://" + desktop));
    }

    @Test
    void aMissingSocketIsNamed() {
        assertThat(DockerPing.problem(URI.create("unix://" + dir.resolve("none.sock"))))
                .hasValueSatisfying(p -> assertThat(p).startsWith("nothing answers at unix://").contains("no such socket"));
    }

    @Test
    void aDaemonAnsweringOkPasses() throws Exception {
        try (FakeDaemon daemon = new FakeDaemon(dir.resolve("ok.sock"), "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")) {
            assertThat(DockerPing.problem(daemon.uri())).isEmpty();
        }
    }

    @Test
    void anotherAnswerIsQuoted() throws Exception {
        try (FakeDaemon daemon = new FakeDaemon(dir.resolve("bad.sock"), "HTTP/1.1 503 Service Unavailable\r\n\r\n")) {
            assertThat(DockerPing.problem(daemon.uri()))
                    .hasValueSatisfying(p -> assertThat(p).contains("`HTTP/1.1 503 Service Unavailable`"));
        }
    }

    @Test
    void onlyPlainSocketsAreSpoken() {
        assertThat(DockerPing.speaks(URI.create("unix:///var/run/docker.sock"), Map.of())).isTrue();
        assertThat(DockerPing.speaks(URI.create("tcp://10.0.0.1:2375"), Map.of())).isTrue();
        assertThat(DockerPing.speaks(URI.create("tcp://10.0.0.1:2376"), Map.of("DOCKER_TLS_VERIFY", "1"))).isFalse();
        assertThat(DockerPing.speaks(URI.create("ssh://me@host"), Map.of())).isFalse();
    }

    /** Answers one request on a unix socket with a fixed reply. */
    private static final class FakeDaemon implements AutoCloseable {

        private final Path socket;
        private final ServerSocketChannel server;
        private final Thread thread;

        FakeDaemon(Path socket, String reply) throws IOException {
            this.socket = socket;
            this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            this.thread = new Thread(() -> {
                try (SocketChannel c = server.accept()) {
                    c.read(ByteBuffer.allocate(512));
                    c.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.US_ASCII)));
                } catch (IOException e) {
                    // the test ended first
                }
            }, "fake-docker");
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("unix://" + socket);
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
