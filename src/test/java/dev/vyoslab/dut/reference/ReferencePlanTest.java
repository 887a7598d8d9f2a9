package dev.vyoslab.dut.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReferencePlanTest {

    private static final List<String> ETH = List.of("eth0", "eth1");

    @Test
    void theCorrectedSeedIsFullyRealised() {
        assertThat(ReferencePlan.of(Seed.config(), ETH).refusals()).isEmpty();
    }

    @Test
    void unmodelledConstructsAreRefusedOnTheirLine() {
        var config = Seed.with("set protocols bgp 65000 neighbor 192.0.2.9 remote-as 65001");
        List<Diagnostic> d = ReferencePlan.of(config, ETH).refusals();
        assertThat(d).isNotEmpty().allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.code()).isEqualTo(Refusals.CODE);
            assertThat(x.message()).contains("run against VyOS for this");
        });
        int lastLine = (int) Seed.text().lines().count() + 2;
        assertThat(d).anySatisfy(x -> assertThat(x.line()).isEqualTo(lastLine));
        assertThat(d.get(0).message()).contains("protocols bgp");
    }

    @Test
    void interfacesTheGuestLacksAndUnsupportedWanModesAreRefused() {
        var config = Seed.with("set interfaces ethernet eth2 address 10.0.2.1/24",
                "set interfaces ethernet eth0 dhcpv6-options pd 0 length 56");
        assertThat(ReferencePlan.of(config, ETH).refusals()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("interface eth2"))
                .anySatisfy(m -> assertThat(m).contains("pd"));
    }

    @Test
    void scriptIsValidBashAndStagesAndChecksEveryFileBeforeChangingAnything() throws Exception {
        String script = ReferencePlan.of(Seed.config(), ETH).script();
        int firstChange = script.indexOf("\n# interfaces");
        assertThat(script.indexOf("nft -c -f $V/nft.conf.new")).isPositive().isLessThan(firstChange);
        assertThat(script.indexOf("dhcpd -t -q -cf $V/dhcpd.conf.new")).isPositive().isLessThan(firstChange);
        assertThat(script).contains("daemon_sync /run/ppp-pppoe0.pid /etc/ppp/peers/pppoe0 pppd call pppoe0",
                "rules_sync\nroutes_sync\n", "commit $V/ddclient.conf; $V/ddclient-restart;",
                "pppoe0) /run/vyoslab/ddclient-restart ;;");
        assertThat(script).endsWith("echo '" + ReferencePlan.DONE + "'\n");
        Path f = Files.createTempFile("apply", ".sh");
        Files.writeString(f, script);
        Process p = new ProcessBuilder("bash", "-n", f.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        Files.delete(f);
    }

    @Test
    void theConfigsSshGetsAnSshdOfItsOwnOnItsPortsAndAddresses() {
        assertThat(ReferencePlan.of(Seed.config(), ETH).script()).contains("stop $V/sshd.pid; rm -f $V/sshd.conf\n");
        VyosConfig everywhere = Seed.with("set service ssh port '22'");
        assertThat(ReferencePlan.of(everywhere, ETH).script())
                .contains("PidFile /run/vyoslab/sshd.pid\nPort 22\nInclude /etc/ssh/sshd_config\n",
                        "daemon_sync $V/sshd.pid $V/sshd.conf /usr/sbin/sshd -f $V/sshd.conf")
                .doesNotContain("ListenAddress");
        VyosConfig bound = Seed.with("set service ssh port '2200'", "set service ssh listen-address '10.0.1.254'");
        assertThat(ReferencePlan.of(bound, ETH).script()).contains("Port 2200\nListenAddress 10.0.1.254\n");
    }

    @Test
    void teardownRemovesEveryTableAndDaemon() {
        String t = ReferencePlan.of(Seed.config(), ETH).teardown();
        assertThat(t).contains("ip:vyoslab_nat", "ip6:vyoslab_filter", "kill", "ip -4 route flush table all proto static",
                "ip -4 addr flush dev eth1 scope global");
    }
}
