package dev.vyoslab.dut;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyRoutingTest {

    @Test
    void table100IsFwmarkLookupAtPreference100() {
        assertThat(new PolicyRouting(Seed.intent()).rules()).containsExactly("pref 100 fwmark 0x80000063 table 100");
        assertThat(PolicyRouting.markHex("main")).isEqualTo("0x800000fd");
    }

    @Test
    void seedRoutesAndNoPppoeDefaultBecauseAStaticDefaultExists() {
        assertThat(new PolicyRouting(Seed.intent()).routes())
                .containsExactly("0.0.0.0/0 dev tun0", "0.0.0.0/0 dev pppoe0 table 100");
    }

    @Test
    void autoInstallsThePppoeDefaultOnlyWithoutAnyStaticDefault() {
        String text = Seed.text().replace("set protocols static interface-route 0.0.0.0/0 next-hop-interface tun0\n", "")
                .replace("set protocols static table 100 interface-route 0.0.0.0/0 next-hop-interface pppoe0\n", "");
        var intent = dev.vyoslab.config.VyosConfig.parse("v.conf", text).intent();
        assertThat(new PolicyRouting(intent).routes()).containsExactly("0.0.0.0/0 dev pppoe0");
    }

    @Test
    void forceReplacesTheStaticMainDefaultAndNoneAddsNothing() {
        var force = Seed.with("set interfaces pppoe pppoe0 default-route force").intent();
        assertThat(new PolicyRouting(force).routes())
                .containsExactly("0.0.0.0/0 dev pppoe0 table 100", "0.0.0.0/0 dev pppoe0");
        var none = Seed.with("set interfaces pppoe pppoe0 default-route none").intent();
        assertThat(new PolicyRouting(none).routes())
                .containsExactly("0.0.0.0/0 dev tun0", "0.0.0.0/0 dev pppoe0 table 100");
    }
}
