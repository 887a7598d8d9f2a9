package dev.vyoslab.isp;

import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.check.Await;
import dev.vyoslab.check.ProbeHost;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Both ends of the session, for {@link Await}'s fail-fast and evidence. */
    private static List<ProbeHost> nodes() {
        return List.of(client.probeHost(), ProbeHost.of(bras, bras.consoleLog()));
    }

    /** pppd writes its log file behind the session's progress: wait for the line. */
    private static void awaitLog(String line) {
        Await.until("BRAS pppd log shows: " + line, WAIT, nodes(),
                () -> assertThat(bras.pppLog()).as("BRAS pppd log").contains(line));
    }

    /** The BRAS's ip-up script records a session a moment after the client's pppd is up: wait for the record. */
    private static PppSession awaitSession(String alias, Predicate<PppSession> which) {
        AtomicReference<PppSession> session = new AtomicReference<>();
        Await.until(alias, WAIT, nodes(), () -> {
            List<PppSession> sessions = bras.sessions();
            assertThat(sessions).as("BRAS sessions").singleElement().matches(which, alias);
            session.set(sessions.get(0));
        });
        return session.get();
    }

    /** Every test starts without a session, also after a failed one (a leftover session refuses the next). */
    @AfterEach
    void hangUp() {
        client.exec("pkill pppd; true").orThrow();
        client.awaitSuccess("client's pppd ended", "! pidof pppd", WAIT);
        Await.until("BRAS sees no session", WAIT, nodes(), () -> assertThat(bras.sessions()).as("BRAS sessions").isEmpty());
    }

    /**
     * pppd's {@code updetach} returns when the first network protocol is up, and the link is UP as soon as LCP is:
     * IPCP may still be negotiating (seen on a loaded machine), so the address is awaited, not assumed.
     */
    private static void awaitClientAddress() {
        String inet = "inet " + IspAddresses.PPPOE_CLIENT.getHostAddress() + " peer "
                + IspAddresses.BRAS_PPP_LOCAL.getHostAddress() + "/32";
        Await.until("IPCP address " + IspAddresses.PPPOE_CLIENT.getHostAddress() + " on the client's pppoe0", WAIT,
                nodes(), () -> assertThat(client.exec("ip -o -4 addr show dev pppoe0").stdout())
                        .as("client's `ip -o -4 addr show dev pppoe0`").contains(inet));
    }

    private static void assertSessionWorks() {
        awaitClientAddress();
        assertThat(client.exec("ip -o link show dev pppoe0").orThrow().stdout()).as("client's pppoe0")
                .contains("mtu 1454");
        PppSession session = awaitSession("BRAS records the session", s -> true);
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
        assertThat(awaitSession("BRAS records the session", s -> true))
                .satisfies(s -> assertThat(s.clientAddress()).as("session's client address").isEqualTo(IspAddresses.PPPOE_CLIENT))
                .satisfies(s -> assertThat(s.user()).as("session's user").isEqualTo(USER));
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
        // exit 8 is a discovery that did not complete (the BRAS may still be ending the previous test's session):
        // not what this test is about, so dial again; only the answer to the login counts
        AtomicReference<CommandResult> r = new AtomicReference<>();
        Await.until("a dial that reaches the login", WAIT, nodes(), () -> {
            r.set(dial("not-the-password", "maxfail 1"));
            assertThat(r.get().exitCode()).as("pppd exit code (8 = discovery incomplete)").isNotEqualTo(8);
        });
        assertThat(r.get().exitCode()).as("pppd exit code with a wrong password (19 = authentication failed)")
                .isEqualTo(19);
        awaitLog("sent [CHAP Failure"); // the BRAS requires CHAP since the previous test
        assertThat(bras.sessions()).as("BRAS sessions after a refused login").isEmpty();
    }

    @Test
    @Order(4)
    void aKilledSessionIsRedialled() {
        dial(PASSWORD, "persist maxfail 0 holdoff 1").orThrow();
        PppSession first = awaitSession("BRAS records the session", s -> true);
        bras.killSession(first);
        awaitSession("client redialled after the BRAS killed its session (a new pppd pid)",
                s -> s.pid() != first.pid());
        awaitClientAddress();
        assertThat(bras.pppLog()).doesNotContain(PASSWORD);
    }
}
