package dev.vyoslab.isp;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrasConfigTest {

    @Test
    void secretsQuoteEveryWordAndNeverPrintThePassword() {
        PppSecrets secrets = new PppSecrets("user@flets", "pa ss\"w\\d");
        assertThat(secrets.render()).endsWith("\"user@flets\"\t*\t\"pa ss\\\"w\\\\d\"\t*\n");
        assertThat(secrets.toString()).doesNotContain("pa ss");
        assertThatThrownBy(() -> new PppSecrets("user", "")).hasMessageContaining("password");
        assertThatThrownBy(() -> new PppSecrets("user", "a\nb")).hasMessageContaining("control characters");
    }

    @Test
    void pppdOptionsRequireTheMethodAndSetMtuAndShortTimers() {
        String pap = new BrasPppdOptions(PppAuth.PAP, 1454, List.of(IspAddresses.LAB_DNS), "/var/log/pppd.log").render();
        assertThat(pap).contains("require-pap\n", "mtu 1454\n", "mru 1454\n", "lcp-restart 1\n", "chap-restart 1\n",
                "ms-dns 198.51.100.53\n", "logfile /var/log/pppd.log\n").doesNotContain("require-chap");
        assertThat(new BrasPppdOptions(PppAuth.CHAP, 1454, List.of(), "/l").render()).contains("require-chap\n");
        assertThatThrownBy(() -> new BrasPppdOptions(PppAuth.PAP, 1500, List.of(), "/l")).hasMessageContaining("MTU");
    }

    @Test
    void authMethodsParseAndUnknownOnesAreRefused() {
        assertThat(PppAuth.parse("CHAP")).isEqualTo(PppAuth.CHAP);
        assertThat(PppAuth.parse(" pap ")).isEqualTo(PppAuth.PAP);
        assertThatThrownBy(() -> PppAuth.parse("mschap-v2")).hasMessageContaining("unknown PPP authentication method")
                .hasMessageContaining("pap, chap");
    }

    @Test
    void pppoeServerCommandAndItsPoolChecks() {
        PppoeServerCommand cmd = new PppoeServerCommand("eth0", "ac1", "flets", IspAddresses.BRAS_PPP_LOCAL,
                IspAddresses.PPPOE_CLIENT, 1, "/etc/ppp/opts", "/usr/local/sbin/bras-pppd");
        assertThat(String.join(" ", cmd.argv())).isEqualTo("pppoe-server -I eth0 -C ac1 -S flets -L 203.0.113.1"
                + " -R 203.0.113.10 -N 1 -O /etc/ppp/opts -q /usr/local/sbin/bras-pppd");
        assertThatThrownBy(() -> new PppoeServerCommand("eth0", "ac1", "flets", IspAddresses.address("203.0.113.12"),
                IspAddresses.PPPOE_CLIENT, 4, "/o", "/p")).hasMessageContaining("contains the BRAS's own address 203.0.113.12");
        assertThatThrownBy(() -> new PppoeServerCommand("eth0", "bad name", "flets", IspAddresses.BRAS_PPP_LOCAL,
                IspAddresses.PPPOE_CLIENT, 1, "/o", "/p")).hasMessageContaining("AC and service names");
        assertThat(PppoeServerCommand.pppdWrapper(1454, "/run/next")).isEqualTo("#!/bin/sh\nnext=$(cat /run/next"
                + " 2>/dev/null)\nexec /usr/sbin/pppd \"$@\" mtu 1454 mru 1454 ${next:+:$next}\n");
    }

    @Test
    void sessionLinesFromTheIpUpHookParse() {
        PppSession s = PppSession.parse("ppp0 203.0.113.10 user@flets 149\n");
        assertThat(s).isEqualTo(new PppSession("ppp0", "user@flets", IspAddresses.PPPOE_CLIENT, 149));
    }
}
