package dev.vyoslab.isp;

import dev.vyoslab.check.PacketCapture;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Internet hosts against a plain client on the Internet segment: whoami over TCP, UDP and HTTP, the lab resolver,
 * and a real ddclient run against the DNS-API mock over TLS with the lab CA.
 */
class InternetHostsIT {

    private static final InetAddress CLIENT = IspAddresses.address("198.51.100.100");
    private static final String LOGIN = "owner@example.com";
    private static final String KEY = "global-api-key-0123";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Lab lab;
    private static ClientVm client;
    private static WhoamiHost whoami;
    private static DnsApiMock dnsApi;

    @BeforeAll
    static void start() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
        internet.reserve(CLIENT);
        whoami = lab.add(new WhoamiHost(internet));
        lab.add(new LabDns(internet));
        dnsApi = lab.add(new DnsApiMock(internet).withZone("foo.com").withCredentials(LOGIN, KEY));
        client = lab.add(new ClientVm("client", mgmt).withMemoryMb(256).withNic(internet, "02:00:00:00:c1:03")
                .withSetup("ip addr add " + CLIENT.getHostAddress() + "/24 dev eth0")
                .withSetup("echo 'nameserver " + IspAddresses.LAB_DNS.getHostAddress() + "' > /etc/resolv.conf"));
        lab.start();
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void whoamiReportsTheSourceOverTcpUdpAndHttp(@TempDir Path artifacts) {
        PacketCapture capture = PacketCapture.start(ProbeHost.of(whoami), "udp port " + WhoamiHost.UDP_PORT, 120);
        String tcp = client.awaitSuccess("TCP to whoami", "socat -T 3 - TCP:" + whoami.address().getHostAddress()
                + ":" + WhoamiHost.TCP_PORT + " </dev/null", WAIT).stdout();
        String udp = client.awaitReply("UDP to whoami", "echo hi | socat -T 3 - UDP:"
                + whoami.address().getHostAddress() + ":" + WhoamiHost.UDP_PORT, WAIT).stdout();
        String http = client.awaitSuccess("HTTP to whoami", "curl -sS --max-time 5 " + whoami.url(), WAIT).stdout();
        for (String reply : new String[] {tcp, udp, http}) {
            assertThat(SeenSource.parse(reply).address()).as("source whoami saw ('%s')", reply.strip())
                    .isEqualTo(CLIENT);
        }
        Path pcap = capture.savePcap(artifacts);
        assertThat(pcap).as("capture file").isNotEmptyFile();
        assertThat(capture.stop()).as("captured UDP to whoami").contains("." + WhoamiHost.UDP_PORT + ":");
    }

    @Test
    void labResolverAnswersTheDnsApiName() {
        String answer = client.awaitSuccess("lab DNS over IPv4",
                "busybox nslookup " + LabDns.DNS_API_NAME + " " + IspAddresses.LAB_DNS.getHostAddress(), WAIT).stdout();
        assertThat(answer).as("answer for " + LabDns.DNS_API_NAME).contains(IspAddresses.DNS_API.getHostAddress());
    }

    @Test
    void ddclientUpdatesTheRecordThroughTheMock() throws Exception {
        Path ca = Files.createTempFile("lab-ca", ".pem");
        Files.writeString(ca, dnsApi.caCertificatePem());
        assertThat(Files.readString(ca)).as("lab CA").startsWith("-----BEGIN CERTIFICATE-----");
        client.exec("cat > /usr/local/share/ca-certificates/vyos-lab.crt <<'EOF'\n" + dnsApi.caCertificatePem()
                + "EOF\nupdate-ca-certificates >/dev/null").orThrow();
        client.exec("cat > /run/ddclient.conf <<'EOF'\n"
                + "daemon=0\nsyslog=no\nssl=yes\nuse=ip, ip=203.0.113.10\n"
                + "protocol=cloudflare, zone=foo.com, login=" + LOGIN + ", password=" + KEY + "\n"
                + "bar.foo.com\nEOF\nchmod 600 /run/ddclient.conf").orThrow();
        var run = client.exec("ddclient -daemon=0 -foreground -force -verbose -noquiet -file /run/ddclient.conf"
                + " -cache /run/ddclient.cache 2>&1");
        assertThat(dnsApi.lastAddress("bar.foo.com")).as("address the DNS API got for bar.foo.com; ddclient said:\n%s",
                run.tail(20)).contains("203.0.113.10");
        assertThat(dnsApi.updates()).as("updates").last()
                .satisfies(u -> assertThat(u.usedCredentials(LOGIN, KEY)).as("credentials of the update").isTrue())
                .satisfies(u -> assertThat(u.toString()).doesNotContain(KEY));
        assertThat(run.stdout()).as("ddclient output").contains("SUCCESS");
    }

    @Test
    void aWrongKeyIsRefused() {
        int before = dnsApi.updates().size();
        client.exec("cat > /tmp/lab-ca.pem <<'EOF'\n" + dnsApi.caCertificatePem() + "EOF").orThrow();
        var r = client.exec("curl -sS --max-time 5 -o /dev/null -w '%{http_code}' -X PATCH"
                + " -H 'X-Auth-Email: " + LOGIN + "' -H 'X-Auth-Key: wrong'"
                + " --resolve api.cloudflare.com:443:" + IspAddresses.DNS_API.getHostAddress()
                + " --cacert /tmp/lab-ca.pem https://api.cloudflare.com/client/v4/zones/x/dns_records/y"
                + " -d '{\"content\":\"203.0.113.99\"}'");
        assertThat(r.stdout()).as("HTTP status for a wrong key (%s)", r.tail(5)).isEqualTo("403");
        assertThat(dnsApi.updates()).as("updates after a refused request").hasSize(before);
    }
}
