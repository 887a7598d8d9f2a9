package dev.vyoslab.isp;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabDnsConfTest {

    @Test
    void answersOnlyLabNamesWithoutUpstream() {
        String conf = new LabDnsConf(List.of("internet", "wan"), Map.of("api.cloudflare.com",
                List.of(IspAddresses.DNS_API), "whoami.lab.test", List.of(IspAddresses.WHOAMI, IspAddresses.LAB_DNS_IPV6)))
                .render();
        assertThat(conf).contains("no-resolv\n", "no-hosts\n", "interface=internet\n", "interface=wan\n",
                "host-record=api.cloudflare.com,198.51.100.20\nlocal=/api.cloudflare.com/\n")
                .containsPattern("host-record=whoami\\.lab\\.test,198\\.51\\.100\\.10,2001:db8:ffff:0:0:0:0:53\n")
                .doesNotContain("server=");
    }

    @Test
    void refusesANameThatIsNotOne() {
        assertThatThrownBy(() -> new LabDnsConf(List.of("internet"), Map.of("bad name", List.of(IspAddresses.WHOAMI))))
                .hasMessageContaining("not a host name");
    }
}
