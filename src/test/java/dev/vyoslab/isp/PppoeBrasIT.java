package dev.vyoslab.isp;

import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The BRAS against a plain pppd client: PAP and CHAP, address and MTU, a refused password, a killed session. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PppoeBrasIT {

    private static final String USER = "user@flets.example";
    private static final String PASSWORD = "pass \"word\" 1";
    private static final Duration WAIT = Duration.ofSeconds(40);

    private static Lab lab;
    private static PppoeBras bras;
    private static ClientVm client;
    private static WhoamiHost whoami;

    @BeforeAll
    static void start() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan");
        Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
        bras = lab.add(new PppoeBras(mgmt, wan, internet).withAccount(USER, PASSWORD).withAuth(PppAuth.PAP));
        whoami = lab.add(new WhoamiHost(internet));
        client = lab.add(new ClientVm("client", mgmt).withNic(wan, "02:00:00:00:c1:02")
                .withSetup("modprobe ppp_async; modprobe pppoe"));
        client.dependsOnNode(bras);
        lab.start();
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    /** pppd as a router dials: the BRAS's service, the account, short timers, {@code updetach} returns once up. */
    private static CommandResult dial(String password, String extra) {
        String quoted = "'" + password.replace("'", "'\\''") + "'";
        return client.exec("pppd plugin rp-pppoe.so nic-eth0 rp_pppoe_service " + bras.serviceName()
                + " user " + USER + " password " + quoted + " noauth ifname pppoe0 mtu 1454 mru 1454"
                + " lcp-restart 1 pap-restart 1 chap-restart 1 noipdefault nodefaultroute updetach " + extra
                + " logfile /run/pppd-client.log </dev/null >/run/pppd-dial.out 2>&1; rc=$?; cat /run/pppd-dial.out; exit $rc");
    }

    /** pppd writes its log file behind the session's progress: wait for the line. */
    private static void awaitLog(String line) {
        await("BRAS pppd log shows: " + line).atMost(WAIT)
                .untilAsserted(() -> assertThat(bras.pppLog()).as("BRAS pppd log").contains(line));
    }

    /** Every test starts without a session, also after a failed one (a leftover session refuses the next). */
    @AfterEach
    void hangUp() {
        client.exec("pkill pppd; while pidof pppd >/dev/null; do sleep 0.2; done").orThrow();
        await("BRAS sees no session").atMost(WAIT).until(() -> bras.sessions().isEmpty());
    }

    private static void assertSessionWorks() {
        String link = client.exec("ip -o -4 addr show dev pppoe0; ip -o link show dev pppoe0").orThrow().stdout();
        assertThat(link).as("client's pppoe0").contains("inet " + IspAddresses.PPPOE_CLIENT.getHostAddress())
                .contains("peer " + IspAddresses.BRAS_PPP_LOCAL.getHostAddress()).contains("mtu 1454");
        PppSession session = bras.sessions().get(0);
        assertThat(bras.exec("ip -o link show dev " + session.interfaceName()).orThrow().stdout())
                .as("BRAS side of the session").contains("mtu 1454");
        client.exec("ip route replace " + IspAddresses.INTERNET + " dev pppoe0").orThrow();
        String reply = client.awaitSuccess("HTTP to whoami over PPPoE", "curl -sS --max-time 5 " + whoami.url(), WAIT)
                .stdout();
        assertThat(SeenSource.parse(reply).address()).as("source whoami saw over PPPoE")
                .isEqualTo(IspAddresses.PPPOE_CLIENT);
    }

    @Test
    @Order(1)
    void papSessionGetsTheAddressAndMtu() {
        dial(PASSWORD, "maxfail 1").orThrow();
        assertSessionWorks();
        awaitLog("PAP peer authentication succeeded for " + USER);
        List<PppSession> sessions = bras.sessions();
        assertThat(sessions).as("BRAS sessions").singleElement()
                .satisfies(s -> assertThat(s.clientAddress()).isEqualTo(IspAddresses.PPPOE_CLIENT))
                .satisfies(s -> assertThat(s.user()).isEqualTo(USER));
    }

    @Test
    @Order(2)
    void chapSessionGetsTheAddressAndMtu() {
        bras.setAuth(PppAuth.CHAP);
        dial(PASSWORD, "maxfail 1").orThrow();
        assertSessionWorks();
        // pppd logs a CHAP success only as the packet it sent (PAP gets a sentence of its own)
        awaitLog("name = \"" + USER + "\"]\nsent [CHAP Success");
    }

    @Test
    @Order(3)
    void aWrongPasswordIsRefusedAndLogged() {
        CommandResult r = dial("not-the-password", "maxfail 1");
        assertThat(r.exitCode()).as("pppd exit code with a wrong password (19 = authentication failed)").isEqualTo(19);
        awaitLog("sent [CHAP Failure"); // the BRAS requires CHAP since the previous test
        assertThat(bras.sessions()).as("BRAS sessions after a refused login").isEmpty();
    }

    @Test
    @Order(4)
    void aKilledSessionIsRedialled() {
        dial(PASSWORD, "persist maxfail 0 holdoff 1").orThrow();
        PppSession first = await("BRAS records the session").atMost(WAIT).until(bras::sessions, l -> !l.isEmpty()).get(0);
        bras.killSession(first);
        await("client redialled after the BRAS killed its session").atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(bras.sessions()).as("BRAS sessions").singleElement()
                        .satisfies(s -> assertThat(s.pid()).as("pppd pid of the new session").isNotEqualTo(first.pid())));
        client.awaitSuccess("pppoe0 up again with its address",
                "ip -o -4 addr show dev pppoe0 | grep -F 'inet " + IspAddresses.PPPOE_CLIENT.getHostAddress() + " '", WAIT);
        assertThat(bras.pppLog()).doesNotContain(PASSWORD);
    }
}
