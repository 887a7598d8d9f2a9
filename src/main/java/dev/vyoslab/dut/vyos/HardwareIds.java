package dev.vyoslab.dut.vyos;

import dev.vyoslab.config.ConfigTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's {@code interfaces ethernet ethN hw-id}: the MAC of their real NIC, which no lab NIC has. VyOS names NICs by
 * it at boot: a hw-id in the config reserves its name for that MAC, so the lab NIC that should be ethN gets the next
 * free name (vyatta-cfg-system@1.3.4 scripts/vyatta_net_name coldplug/find_available; vyos-1x@current
 * src/helpers/vyos_net_name). The driver leaves them out, so a reboot inside the lab keeps the ports where they are.
 */
final class HardwareIds {

    private HardwareIds() {
    }

    static boolean isHwId(List<String> path) {
        return path.size() >= 4 && path.get(0).equals("interfaces") && path.get(1).equals("ethernet")
                && path.get(3).equals("hw-id");
    }

    /** The hw-id nodes of {@code tree}, to delete after a whole config.boot was loaded. */
    static List<List<String>> in(ConfigTree tree) {
        List<List<String>> out = new ArrayList<>();
        for (String nic : tree.values(List.of("interfaces", "ethernet"))) {
            List<String> path = List.of("interfaces", "ethernet", nic, "hw-id");
            if (tree.has(path)) {
                out.add(path);
            }
        }
        return out;
    }
}
