package dev.vyoslab.isp;

import dev.vyoslab.config.Eui64;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The NGN against a plain client: SLAAC in the announced /64, the AFTR's /64 on-link, DNS by stateless DHCPv6. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NgnIT {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.test.ngn");
    private static final String CLIENT_MAC = "02:00:00:00:c1:01";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Lab lab;
    private static Ngn ngn;
    private static LabDns dns;
    private static ClientVm client;

    @BeforeAll
    static void start() {
        lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment wan = lab.segment("wan");
        Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
        ngn = lab.add(new Ngn(wan));
        dns = lab.add(new LabDns(internet).withWan(wan));
        client = lab.add(new ClientVm("client", mgmt).withNic(wan, CLIENT_MAC));
        client.dependsOnNode(ngn);
        lab.start();
        LOG.info("NGN lab up; client guest ready at guest uptime {} s", client.guestUptimeAtReady());
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void clientFormsItsSlaacAddressInTheAnnouncedPrefix() {
        InetAddress expected = Eui64.address(IspAddresses.NGN_PREFIX, CLIENT_MAC);
        client.awaitSuccess("SLAAC address " + IspAddresses.literal(expected),
                "ip -6 -o addr show dev eth0 scope global | grep -F ' " + IspAddresses.literal(expected) + "/64 '", WAIT);
    }

    @Test
    @Order(2)
    void aftrPrefixIsOnLinkButNotAutonomous() {
        String route = client.awaitSuccess("on-link route to the AFTR's /64",
                "ip -6 route show 2001:db8:ffff::/64 | grep -F 'dev eth0'", WAIT).stdout();
        assertThat(route).as("route to the AFTR's /64 on the client (learned from an RA, so it expires)")
                .contains("expires");
        assertThat(client.exec("ip -6 -o addr show dev eth0").orThrow().stdout())
                .as("client addresses (the on-link-only prefix must not be used for SLAAC)")
                .doesNotContain("2001:db8:ffff:");
        assertThat(client.exec("ip -6 route show default").orThrow().stdout())
                .as("default routes on the client (the NGN announces router lifetime 0)").isBlank();
    }

    @Test
    @Order(3)
    void statelessDhcpv6HandsOutTheLabResolverWhichAnswersOverIpv6() {
        // dhclient keeps no lease file in stateless mode: its script records what it was told
        client.exec("printf '#!/bin/sh\\nenv >> /run/dhcp6.env\\n' > /run/dhcp6-script && chmod +x /run/dhcp6-script")
                .orThrow();
        client.awaitSuccess("stateless DHCPv6 information-request",
                "dhclient -6 -S -1 -v -sf /run/dhcp6-script -pf /run/dhclient6.pid eth0 && dhclient -6 -x -pf /run/dhclient6.pid;"
                        + " grep new_dhcp6_name_servers /run/dhcp6.env", WAIT);
        String told = client.exec("cat /run/dhcp6.env").orThrow().stdout();
        assertThat(told).as("what DHCPv6 told the client").contains("new_dhcp6_name_servers=2001:db8:ffff::53");
        String answer = client.awaitSuccess("DNS over IPv6",
                "busybox nslookup api.cloudflare.com 2001:db8:ffff::53", WAIT).stdout();
        assertThat(answer).as("lab resolver's answer for api.cloudflare.com").contains(IspAddresses.DNS_API.getHostAddress());
    }

    @Test
    @Order(4)
    void renumberingDeprecatesTheOldPrefixAndAnnouncesTheNewOne() {
        Prefix next = Prefix.parse("2001:db8:2::/64").orElseThrow();
        ngn.renumber(next);
        InetAddress fresh = Eui64.address(next, CLIENT_MAC);
        InetAddress old = Eui64.address(IspAddresses.NGN_PREFIX, CLIENT_MAC);
        client.awaitSuccess("SLAAC address in the new prefix",
                "ip -6 -o addr show dev eth0 | grep -F ' " + IspAddresses.literal(fresh) + "/64 '", WAIT);
        client.awaitSuccess("old address deprecated",
                "ip -6 -o addr show dev eth0 | grep -F ' " + IspAddresses.literal(old) + "/64 ' | grep -q deprecated", WAIT);
        assertThat(ngn.prefix()).isEqualTo(next);
    }
}
