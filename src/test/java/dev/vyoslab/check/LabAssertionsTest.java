package dev.vyoslab.check;

import static dev.vyoslab.check.LabAssertions.tcp;
import static dev.vyoslab.check.LabAssertions.udp;
import static dev.vyoslab.check.ProbeParsingTest.ip;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vyoslab.lab.CommandResult;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assertions against scripted hosts: they pass on the right answer and fail with expected/seen otherwise. */
class LabAssertionsTest {

    static final Target WHOAMI = new Target("whoami", ip("198.51.100.10"));
    static final Target ROUTER = new Target("router pppoe0", ip("203.0.113.10"));
    static final Uplink AFTR = new Uplink("tun0", "aftr", () -> ip("192.0.2.1"));
    static final Uplink BRAS = new Uplink("pppoe0", "bras", () -> ip("203.0.113.10"));

    @BeforeAll
    static void shortWaits() {
        System.setProperty("vyoslab.await", "2");
    }

    @AfterAll
    static void defaultWaits() {
        System.clearProperty("vyoslab.await");
    }

    static ProbeHost host(String name, Function<String, CommandResult> shell) {
        return ProbeHost.of(name, shell);
    }

    static CommandResult ok(String command, String stdout) {
        return new CommandResult("client", command, 0, stdout, "");
    }

    @Test
    void viaPassesWhenWhoamiSeesTheUplinkAndSaysWhatItSawOtherwise() {
        ProbeHost client = host("client", c -> ok(c, "192.0.2.1\n"));
        assertThatCode(() -> LabAssertions.assertThat(client).reaches(WHOAMI).via(AFTR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> LabAssertions.assertThat(client).reaches(WHOAMI).via(BRAS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("client reaches whoami via pppoe0 via bras: still not true after")
                .hasMessageContaining("expected: whoami sees client as 203.0.113.10 (leaving by pppoe0 via bras)")
                .hasMessageContaining("seen:     source 192.0.2.1");
    }

    @Test
    void reachesAwaitsConvergence() {
        AtomicInteger calls = new AtomicInteger();
        ProbeHost client = host("client", c -> calls.incrementAndGet() < 2
                ? new CommandResult("client", c, 7, "", "curl: (7) Failed to connect") : ok(c, "192.0.2.1"));
        assertThatCode(() -> LabAssertions.assertThat(client).reaches(WHOAMI).via(AFTR)).doesNotThrowAnyException();
    }

    @Test
    void answeredByNamesTheResponder() {
        ProbeHost internet = host("internet", c -> ok(c, "server 198.51.100.20\n"));
        ProbeHost server = host("server", c -> ok(c, ""));
        ProbeHost other = host("client", c -> ok(c, ""));
        assertThatCode(() -> LabAssertions.assertThat(internet).reaches(ROUTER, udp(19132)).answeredBy(server))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LabAssertions.assertThat(internet).reaches(ROUTER, udp(19132)).answeredBy(other))
                .hasMessageContaining("expected: an answer from client to internet's request to router pppoe0"
                        + " (203.0.113.10) udp/19132")
                .hasMessageContaining("seen:     answered \"server 198.51.100.20\"");
    }

    @Test
    void cannotReachFailsOnAnAnswerAndPassesOnSilence() {
        ProbeHost open = host("internet", c -> ok(c, ""));
        assertThatThrownBy(() -> LabAssertions.assertThat(open).cannotReach(ROUTER, tcp(22)))
                .hasMessageContaining("expected: router pppoe0 (203.0.113.10) tcp/22 unreachable from internet")
                .hasMessageContaining("seen:     attempt 1 answered");
        ProbeHost dropped = host("internet", c -> new CommandResult("internet", c, 1, "",
                "socat E connecting: Connection timed out"));
        assertThatCode(() -> LabAssertions.assertThat(dropped).cannotReach(ROUTER, tcp(22)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeadNodeEndsTheWaitAtOnceAndPointsAtItsLog() {
        ProbeHost dead = new ProbeHost() {
            public String name() {
                return "server";
            }

            public CommandResult exec(String command) {
                return new CommandResult("server", command, 255, "", "ssh: connection reset");
            }

            public boolean alive() {
                return false;
            }

            public java.util.Optional<java.nio.file.Path> log() {
                return java.util.Optional.of(java.nio.file.Path.of("/tmp/lab/server-console.log"));
            }
        };
        assertThatThrownBy(() -> LabAssertions.assertThat(dead).pings(WHOAMI))
                .hasMessageContaining("gave up").hasMessageContaining("a node died: [server]")
                .hasMessageContaining("evidence: server: /tmp/lab/server-console.log");
    }
}
