package dev.vyoslab.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Docker's {@code GET /_ping}, sent by hand with a time limit: Testcontainers' own discovery tries one strategy after
 * another and may retry for minutes before saying that no daemon answers. This finds the endpoint the way the docker
 * CLI does ({@code DOCKER_HOST}, else the usual sockets) and asks it once.
 */
final class DockerPing {

    private static final String REQUEST = "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n";

    private DockerPing() {
    }

    /**
     * The daemon's address: {@code DOCKER_HOST} when set, else the first socket that exists of the system's, the
     * rootless one and Docker Desktop's. Empty when none is known (then only Testcontainers can tell).
     */
    static Optional<URI> endpoint(Map<String, String> env, Path home) {
        String host = env.get("DOCKER_HOST");
        if (host != null && !host.isBlank()) {
            return Optional.of(URI.create(host.strip()));
        }
        Stream<Path> candidates = Stream.of(
                Optional.of(Path.of("/var/run/docker.sock")),
                Optional.ofNullable(env.get("XDG_RUNTIME_DIR")).map(d -> Path.of(d, "docker.sock")),
                Optional.of(home.resolve(".docker/run/docker.sock")),
                Optional.of(home.resolve(".docker/desktop/docker.sock"))).flatMap(Optional::stream);
        return candidates.filter(Files::exists).findFirst().map(p -> URI.create("unix://" + p));
    }

    /**
     * Pings {@code endpoint}; empty if it answered OK, else why not. Only plain {@code unix://} and {@code tcp://}
     * are spoken here; other schemes (TLS, ssh, npipe) are not spoken: see
     * {@link #speaks}. The caller bounds the time: a daemon that accepts and never answers blocks the read.
     */
    static Optional<String> problem(URI endpoint) {
        try {
            String answer = "unix".equals(endpoint.getScheme()) ? unix(Path.of(endpoint.getPath())) : tcp(endpoint);
            String status = answer.lines().findFirst().orElse("");
            if (status.matches("HTTP/1\\.[01] 200 .*")) {
                return Optional.empty();
            }
            return Optional.of(endpoint + " answered `" + status + "` instead of 200 OK to GET /_ping");
        } catch (IOException e) {
            return Optional.of("nothing answers at " + endpoint + " (" + e.getMessage() + ")");
        }
    }

    /** True for the endpoints {@link #problem} can ping: a unix socket, or TCP without TLS. */
    static boolean speaks(URI endpoint, Map<String, String> env) {
        boolean tls = List.of("1", "true").contains(env.getOrDefault("DOCKER_TLS_VERIFY", "").toLowerCase());
        return "unix".equals(endpoint.getScheme()) || ("tcp".equals(endpoint.getScheme()) && !tls);
    }

    private static String unix(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            throw new IOException("no such socket: " + socket);
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(REQUEST.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buf = ByteBuffer.allocate(512);
            while (buf.hasRemaining() && channel.read(buf) > 0) {
                if (new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).contains("\r\n")) {
                    break;
                }
            }
            return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
        }
    }

    private static String tcp(URI endpoint) throws IOException {
        int port = endpoint.getPort() > 0 ? endpoint.getPort() : 2375;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(endpoint.getHost(), port), 3_000);
            s.setSoTimeout(3_000);
            OutputStream out = s.getOutputStream();
            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(512), StandardCharsets.US_ASCII);
        }
    }
}
