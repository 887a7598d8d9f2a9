package dev.vyoslab.config;

import static dev.vyoslab.config.CommitChecksTest.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** vyos-1x@1.3.4 src/conf_mode/dynamic_dns.py verify(), case by case. */
class DnsDynamicCommitCheckTest {

    private static final String IF = "set interfaces ethernet eth0 address dhcp";
    private static final String S = "set service dns dynamic interface eth0 service ";

    @Test
    void aServiceNeedsHostNameLoginAndPassword() {
        assertThat(refusals(VyosVersion.V1_3, IF, S + "cloudflare login u", S + "cloudflare password p"))
                .singleElement().asString().startsWith("2: ")
                .contains("\"\"host-name\" required for DynDNS service \"cloudflare\" on \"eth0\"\"");
        assertThat(refusals(VyosVersion.V1_3, IF, S + "noip host-name h.example.com", S + "noip password p"))
                .singleElement().asString().contains("\"login\" (username) required");
        assertThat(refusals(VyosVersion.V1_3, IF, S + "noip host-name h.example.com", S + "noip login u"))
                .singleElement().asString().contains("\"password\" required");
    }

    @Test
    void zoneOnlyWithCloudflareAfterTheServiceMap() {
        String[] dyndns = {IF, S + "dyndns host-name h.example.com", S + "dyndns login u", S + "dyndns password p",
                S + "dyndns zone example.com", S + "dyndns protocol cloudflare"};
        // get_config() made the protocol dyndns2 before verify() read it
        assertThat(refusals(VyosVersion.V1_3, dyndns)).singleElement().asString().startsWith("5: ")
                .contains("\"zone\" option only supported with CloudFlare");
        assertThat(refusals(VyosVersion.V1_3, IF, S + "cloudflare host-name h.example.com", S + "cloudflare login u",
                S + "cloudflare password p", S + "cloudflare zone example.com")).isEmpty();
    }

    @Test
    void aCustomServiceNeedsProtocolAndServer() {
        String[] mine = {IF, S + "mine host-name h.example.com", S + "mine login u", S + "mine password p"};
        assertThat(refusals(VyosVersion.V1_3, mine)).singleElement().asString()
                .contains("\"protocol\" required for DynDNS service \"mine\"");
        assertThat(refusals(VyosVersion.V1_3, mine[0], mine[1], mine[2], mine[3], S + "mine protocol dyndns2"))
                .singleElement().asString().contains("\"server\" required");
    }

    @Test
    void rfc2136NeedsRecordZoneServerAndKey() {
        assertThat(refusals(VyosVersion.V1_3, IF, "set service dns dynamic interface eth0 rfc2136 r zone example.com"))
                .singleElement().asString().contains("\"record\" required for rfc2136 based DynDNS service on \"eth0\"");
    }

    @Test
    void theRefusalCodeIsDocumented() {
        VyosConfig c = VyosConfig.parse("c.conf", IF + "\n" + S + "cloudflare login u\n");
        assertThat(c.diagnostics()).extracting(Diagnostic::code).contains("commit-refused");
        assertThat(Diagnostic.CODES).contains("commit-refused");
    }
}
