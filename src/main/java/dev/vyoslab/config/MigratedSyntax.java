package dev.vyoslab.config;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Old syntax that VyOS's own migration scripts rewrite when a release loads a config.boot written by an
 * older one. The linter does not migrate (the {@code migrate} command and an upgrade run do, with VyOS's
 * code); it only recognises these cases, so such a line is a note instead of an error. A case applies when
 * the config.boot's {@code vyos-config-version} footer gives its component a version below the script's
 * target (or omits the component: VyOS then runs every script of it). Each case names the script it reads.
 */
final class MigratedSyntax {

    /**
     * @param path words up to the one refused; {@code *} is any word, {@code ~R} a word matching regex R
     */
    private record Case(VyosVersion release, String component, int to, String script, List<String> path) {
    }

    private static final List<Case> CASES = List.of(
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/2-to-3: 'encryption X' becomes 'encryption cipher X'
            of("1.3", "interfaces", 3, "interfaces/2-to-3", "interfaces openvpn * encryption *"),
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/4-to-5: 'ethernet ethX pppoe N' becomes 'pppoe pppoeN'
            of("1.3", "interfaces", 5, "interfaces/4-to-5", "interfaces ethernet * pppoe"),
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/7-to-8: wireguard peer 'endpoint' becomes address/port
            of("1.3", "interfaces", 8, "interfaces/7-to-8", "interfaces wireguard * peer * endpoint"),
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/14-to-15: 'smp-affinity' is dropped
            of("1.3", "interfaces", 15, "interfaces/14-to-15", "interfaces ethernet * smp-affinity"),
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/17-to-18: 'offload-options' becomes 'offload'
            of("1.3", "interfaces", 18, "interfaces/17-to-18", "interfaces ethernet * offload-options"),
            // vyos-1x@1.3.4 src/migration-scripts/system/18-to-19: 'name-servers-dhcp' moves to the interfaces
            of("1.3", "system", 19, "system/18-to-19", "system name-servers-dhcp"),
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/19-to-20: tunnel/l2tpv3 local-ip/remote-ip, gre-bridge
            of("1.3", "interfaces", 20, "interfaces/19-to-20", "interfaces tunnel * local-ip"),
            of("1.3", "interfaces", 20, "interfaces/19-to-20", "interfaces tunnel * remote-ip"),
            of("1.3", "interfaces", 20, "interfaces/19-to-20", "interfaces tunnel * encapsulation gre-bridge"),
            of("1.3", "interfaces", 20, "interfaces/19-to-20", "interfaces l2tpv3 * local-ip"),
            of("1.3", "interfaces", 20, "interfaces/19-to-20", "interfaces l2tpv3 * remote-ip"),
            // vyos-1x@1.3.4 src/migration-scripts/interfaces/21-to-22: tunnel 'dhcp-interface' becomes 'source-interface'
            of("1.3", "interfaces", 22, "interfaces/21-to-22", "interfaces tunnel * dhcp-interface"),
            // vyos-1x@1.3.4 src/migration-scripts/system/10-to-11: login user 'level' is dropped
            of("1.3", "system", 11, "system/10-to-11", "system login user * level"),
            // vyos-1x@1.3.4 src/migration-scripts/system/11-to-12: 'login radius-server' becomes 'login radius server'
            of("1.3", "system", 12, "system/11-to-12", "system login radius-server"),
            of("1.3", "system", 12, "system/11-to-12", "system login radius-source-address"),
            // vyos-1x@1.3.4 src/migration-scripts/system/15-to-16, 19-to-20: 'system options' becomes 'system option'
            of("1.3", "system", 20, "system/19-to-20", "system options"),
            // vyos-1x@1.3.4 src/migration-scripts/dhcp-server/5-to-6: subnet 'dns-server' becomes 'name-server', failover moves
            of("1.3", "dhcp-server", 6, "dhcp-server/5-to-6", "service dhcp-server shared-network-name * subnet * dns-server"),
            of("1.3", "dhcp-server", 6, "dhcp-server/5-to-6", "service dhcp-server shared-network-name * subnet * failover"),
            // vyos-1x@1.3.4 src/migration-scripts/quagga/7-to-8: bgp 'maximum-paths' moves under address-family
            of("1.3", "quagga", 8, "quagga/7-to-8", "protocols bgp * maximum-paths"),
            // vyos-1x@1.3.4 src/migration-scripts/rpki/0-to-1: rpki cache 'address' becomes the tag
            of("1.3", "rpki", 1, "rpki/0-to-1", "protocols rpki cache * address"),
            // vyos-1x@1.3.4 src/migration-scripts/isis/0-to-1: 'protocols isis NAME' loses its name
            of("1.3", "isis", 1, "isis/0-to-1", "protocols isis *"),
            // vyos-1x@1.3.4 src/migration-scripts/conntrack/2-to-3: 'modules sip disable' becomes no 'modules sip'
            of("1.3", "conntrack", 3, "conntrack/2-to-3", "system conntrack modules sip *"),
            // vyos-1x@1.3.4 src/migration-scripts/conntrack-sync/1-to-2: comma lists become one value each
            of("1.3", "conntrack-sync", 2, "conntrack-sync/1-to-2", "service conntrack-sync accept-protocol ~.*,.*"),
            // vyos-1x@1.3.4 src/migration-scripts/ssh/1-to-2: comma lists become one value each
            of("1.3", "ssh", 2, "ssh/1-to-2", "service ssh ciphers ~.*,.*"),
            of("1.3", "ssh", 2, "ssh/1-to-2", "service ssh key-exchange ~.*,.*"),
            of("1.3", "ssh", 2, "ssh/1-to-2", "service ssh mac ~.*,.*"));

    private static Case of(String release, String component, int to, String script, String path) {
        return new Case(VyosVersion.of(release), component, to, script, List.of(path.split(" ")));
    }

    /** No footer, or a set-command file: nothing is migrated. */
    static final MigratedSyntax NONE = new MigratedSyntax(VyosVersion.V1_3, Optional.empty());

    private final VyosVersion target;
    private final Optional<Map<String, Integer>> footer;

    private MigratedSyntax(VyosVersion target, Optional<Map<String, Integer>> footer) {
        this.target = target;
        this.footer = footer;
    }

    /** For a config.boot with footer {@code bgp@1:…:nat@5:…} loaded by {@code target}. */
    static MigratedSyntax of(VyosVersion target, Optional<String> footer) {
        return new MigratedSyntax(target, footer.map(MigratedSyntax::components));
    }

    private static Map<String, Integer> components(String footer) {
        Map<String, Integer> out = new HashMap<>();
        for (String c : footer.replace("\"", "").split(":")) {
            int at = c.lastIndexOf('@');
            if (at > 0 && c.substring(at + 1).matches("[0-9]{1,4}")) {
                out.merge(c.substring(0, at).strip(), Integer.parseInt(c.substring(at + 1)), Math::max);
            }
        }
        return out;
    }

    /** The script that rewrites {@code words} (up to and including the refused one), if a case applies. */
    Optional<String> script(List<String> words) {
        if (footer.isEmpty()) {
            return Optional.empty();
        }
        for (Case c : CASES) {
            if (c.release().compareTo(target) <= 0 && matches(c.path(), words)
                    && footer.get().getOrDefault(c.component(), 0) < c.to()) {
                return Optional.of(c.script());
            }
        }
        return Optional.empty();
    }

    /** The footer gives some component a lower version than the target writes: VyOS migrates this config. */
    boolean footerOlder() {
        Map<String, Integer> now = CommandTree.of(target.treeRelease()).components();
        return footer.map(f -> f.entrySet().stream().anyMatch(e -> e.getValue() < now.getOrDefault(e.getKey(), 0)))
                .orElse(false);
    }

    /**
     * The older release whose tree accepts the whole command, when this config.boot comes from before the
     * target: its footer gives some component a lower version than the target writes. Then VyOS's migration
     * scripts, not the loader, decide what becomes of the line.
     */
    Optional<String> olderReleaseAccepting(List<String> words) {
        if (!footerOlder()) {
            return Optional.empty();
        }
        return Arrays.stream(VyosVersion.values()).filter(v -> v.compareTo(target) < 0)
                .map(v -> CommandTree.of(v.treeRelease())).filter(t -> t.accepts(words))
                .map(CommandTree::release).reduce((first, later) -> later);
    }

    private static boolean matches(List<String> pattern, List<String> words) {
        if (words.size() != pattern.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            String w = words.get(i);
            boolean ok = p.equals("*") || p.equals(w) || p.startsWith("~") && Pattern.matches(p.substring(1), w);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
