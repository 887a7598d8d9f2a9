package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.ConfigTree;
import dev.vyoslab.dut.RouterState;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What "converged" means for an applied config: every interface it configures (loopback aside) is up, and the routing
 * tables it names ({@code ... table N}) are read besides main.
 */
record ConvergenceTarget(List<String> interfaces, List<String> tables) {

    static ConvergenceTarget of(ConfigTree tree) {
        List<String> interfaces = new ArrayList<>();
        for (String type : tree.values(List.of("interfaces"))) {
            if (!type.equals("loopback")) {
                interfaces.addAll(tree.values(List.of("interfaces", type)));
            }
        }
        TreeSet<String> tables = new TreeSet<>();
        for (List<String> path : tree.paths()) {
            for (int i = 0; i + 1 < path.size(); i++) {
                if (path.get(i).equals("table") && path.get(i + 1).matches("\\d+")) {
                    tables.add(path.get(i + 1));
                }
            }
        }
        return new ConvergenceTarget(List.copyOf(interfaces), List.copyOf(tables));
    }

    /** The interfaces not up (or not there) yet. */
    List<String> down(RouterState state) {
        return interfaces.stream().filter(i -> state.iface(i).map(s -> !s.up()).orElse(true)).toList();
    }
}
