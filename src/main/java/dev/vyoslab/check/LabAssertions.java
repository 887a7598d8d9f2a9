package dev.vyoslab.check;

import dev.vyoslab.dut.Router;

/**
 * Entry point of the fluent lab assertions, in AssertJ style, reading like the requirement:
 * <pre>{@code
 * assertThat(lan.client()).reaches(internet.whoami()).via(isp.aftr());
 * assertThat(internet.host()).reaches(router.wanAddress(), udp(19132)).answeredBy(lan.server());
 * assertThat(internet.host()).cannotReach(router.wanAddress(), tcp(22));
 * }</pre>
 * Positive assertions wait for convergence ({@link Await}); negative ones probe a settled lab twice.
 */
public final class LabAssertions {

    private LabAssertions() {
    }

    public static HostAssert assertThat(ProbeHost host) {
        return new HostAssert(host);
    }

    public static RouterAssert assertThat(Router router) {
        return new RouterAssert(router);
    }

    public static Port tcp(int port) {
        return Port.tcp(port);
    }

    public static Port udp(int port) {
        return Port.udp(port);
    }
}
