package dev.vyoslab.isp;

import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of Cloudflare's v4 API that ddclient uses (zone lookup, record list, record update), over HTTPS on port 443
 * with a certificate from a lab CA made with openssl when the container starts ({@link #caCertificatePem()} is what a
 * client must trust). Every update is recorded with the credentials used ({@link #updates()}). A small python3
 * server ({@code vyoslab-dnsapi}) rather than WireMock: it needs no JVM or Maven artifact in the image and its
 * state (records, updates) is one file a check can read. Ready when port 443 is bound.
 */
public final class DnsApiMock extends HostContainer<DnsApiMock> {

    public static final int PORT = 443;
    private static final String TLS_DIR = CONFIG_DIR + "tls/";
    private static final String UPDATES = "/var/lib/vyoslab-dnsapi.tsv";

    private final InetAddress address;
    private final Set<String> zones = new LinkedHashSet<>();
    private final List<String> credentials = new ArrayList<>();
    private String serverName = LabDns.DNS_API_NAME;

    /** On the Internet segment at {@link IspAddresses#DNS_API}. */
    public DnsApiMock(Segment internet) {
        this(internet, IspAddresses.DNS_API);
    }

    public DnsApiMock(Segment internet, InetAddress address) {
        super("dnsapi");
        this.address = address;
        withSegment(internet, address, null);
        withIspRoutes();
    }

    /** A zone the account owns; every name inside it has an A and an AAAA record that can be updated. */
    public DnsApiMock withZone(String zone) {
        if (!zone.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("dnsapi: not a zone name: '" + zone + "'");
        }
        zones.add(zone.toLowerCase(java.util.Locale.ROOT));
        return self();
    }

    /** Accepts only these credentials (login "token" for an API token); without any call, every request is accepted. */
    public DnsApiMock withCredentials(String login, String secret) {
        if (login.contains("\t") || secret.contains("\t") || login.contains("\n") || secret.contains("\n")) {
            throw new IllegalArgumentException("dnsapi: credentials must not contain tabs or newlines");
        }
        credentials.add(login + "\t" + secret);
        return self();
    }

    /** The host name the certificate is made for ({@code api.cloudflare.com}). */
    public DnsApiMock withServerName(String name) {
        this.serverName = name;
        return self();
    }

    @Override
    protected void configure() {
        if (zones.isEmpty()) {
            throw new IllegalStateException("dnsapi: no zone configured (withZone)");
        }
        List<String> argv = new ArrayList<>(List.of("vyoslab-dnsapi", "--port", Integer.toString(PORT),
                "--cert", TLS_DIR + "server.pem", "--key", TLS_DIR + "server.key", "--updates", UPDATES));
        zones.forEach(z -> argv.addAll(List.of("--zone", z)));
        if (!credentials.isEmpty()) {
            withConfigFile(CONFIG_DIR + "dnsapi-credentials", String.join("\n", credentials) + "\n");
            argv.addAll(List.of("--credentials", CONFIG_DIR + "dnsapi-credentials"));
        }
        String start = "vyoslab-tls-cert " + TLS_DIR + " " + serverName + " " + address.getHostAddress()
                + " && exec " + String.join(" ", argv);
        withDaemon("ss -Hlnt 'sport = :" + PORT + "' | grep -q .", "bash", "-c", start);
    }

    /** The lab CA's certificate (PEM) that signed the server certificate; install it on the client. */
    public String caCertificatePem() {
        return exec("cat " + TLS_DIR + "ca.pem").orThrow().stdout();
    }

    /** Every update received so far, oldest first. */
    public List<DnsUpdate> updates() {
        return exec("cat " + UPDATES).orThrow().stdout().lines().filter(l -> !l.isBlank()).map(DnsUpdate::parse).toList();
    }

    /** Forgets every update received so far (the API itself keeps serving; the zone keeps no records). */
    public void forgetUpdates() {
        exec(": > " + UPDATES).orThrow();
    }

    /** The content of the last update of {@code hostName}'s record of {@code type} ("A" or "AAAA"). */
    public Optional<String> lastContent(String hostName, String type) {
        List<DnsUpdate> all = updates();
        for (int i = all.size() - 1; i >= 0; i--) {
            DnsUpdate u = all.get(i);
            if (u.hostName().equalsIgnoreCase(hostName) && u.type().equals(type)) {
                return Optional.of(u.content());
            }
        }
        return Optional.empty();
    }

    /** The last IPv4 address set for {@code hostName}. */
    public Optional<String> lastAddress(String hostName) {
        return lastContent(hostName, "A");
    }

    public InetAddress address() {
        return address;
    }
}
