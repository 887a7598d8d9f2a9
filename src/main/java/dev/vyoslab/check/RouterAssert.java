package dev.vyoslab.check;

import dev.vyoslab.dut.Router;
import dev.vyoslab.dut.RouterState;
import java.util.List;

/** Assertions on the router's own view of itself (interfaces up, MTU), awaited until converged. */
public final class RouterAssert {

    private final Router router;

    RouterAssert(Router router) {
        this.router = router;
    }

    /** {@code name} exists and is up (a PPPoE session established, a tunnel created). */
    public RouterAssert hasInterfaceUp(String name) {
        Await.until(router.name() + " has " + name + " up", List.of(), () -> {
            RouterState state = router.state();
            var iface = state.iface(name);
            if (iface.isEmpty() || !iface.get().up()) {
                throw new AssertionError("\n  expected: interface " + name + " up on " + router.name()
                        + "\n  seen:     " + (iface.isEmpty() ? "no such interface (interfaces: "
                        + state.interfaces().stream().map(RouterState.InterfaceState::name).toList() + ")"
                        : name + " down"));
            }
        });
        return this;
    }

    /** {@code name} has exactly {@code mtu}. */
    public RouterAssert withMtu(String name, int mtu) {
        Await.until(router.name() + " " + name + " has MTU " + mtu, List.of(), () -> {
            var iface = router.state().iface(name);
            int seen = iface.map(RouterState.InterfaceState::mtu).orElse(-1);
            if (seen != mtu) {
                throw new AssertionError("\n  expected: MTU " + mtu + " on " + router.name() + " " + name
                        + "\n  seen:     " + (seen < 0 ? "no interface " + name : "MTU " + seen));
            }
        });
        return this;
    }
}
