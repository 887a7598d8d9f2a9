package dev.vyoslab.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vyoslab.config.VyosConfig;
import java.util.List;
import java.util.regex.Pattern;

/** The corrected seed with one edit that VyOS 1.3.4 refuses at commit, and what VyOS says on which line. */
final class SeedCommitErrors {

    record Edit(String name, String from, String to, int line, String vyosMessage) {

        /** The edited seed; fails if the seed no longer has what the edit replaces. */
        VyosConfig config(String seed) {
            assertThat(seed).as("the seed has what %s edits", name).contains(from);
            return VyosConfig.parse(name, seed.replace(from, to));
        }

        /** The refusal as a run reports it: file, line, VyOS's version and message. */
        String expected() {
            return "(?s).*" + Pattern.quote(name + ":" + line + ": error: VyOS 1.3 refuses the commit of ") + ".*"
                    + Pattern.quote(vyosMessage) + ".*";
        }
    }

    static final List<Edit> ALL = List.of(
            // vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py verify(): mru keeps its default 1492 > mtu 1454
            new Edit("no-mru.conf", "set interfaces pppoe pppoe0 mru 1454\n", "", 36,
                    "PPPoE MRU needs to be lower then MTU!"),
            // vyatta-cfg-firewall@1.3.4 lib/Vyatta/IpTables/Rule.pm rule(): set tcp-mss needs SYN in tcp flags (on the
            // set tcp-mss line)
            new Edit("mss-without-syn.conf", "tcp flags 'SYN,!ACK,!FIN,!RST'", "tcp flags 'ACK'", 57,
                    "need to set TCP SYN flag to modify TCP MSS"),
            // vyos-1x@1.3.4 src/conf_mode/dhcp_server.py verify(): each range inside its subnet
            new Edit("range-outside.conf", "range dhcp1-subnet stop 10.0.1.190", "range dhcp1-subnet stop 10.0.2.190",
                    30, "DHCP range \"dhcp1-subnet\" stop address not within shared-network \"HOME-DHCP, 10.0.1.0/24\"!"));

    private SeedCommitErrors() {
    }
}
