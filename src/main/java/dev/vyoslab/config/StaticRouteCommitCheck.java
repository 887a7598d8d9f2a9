package dev.vyoslab.config;

import java.util.List;

/**
 * 1.4's and rolling's commit check of {@code protocols static}: vyos-1x@1.4.0 src/conf_mode/protocols_static.py
 * verify(). Left out: whether a route-map or a leaked-to VRF exists (verify_common_route_maps, verify_vrf).
 */
final class StaticRouteCommitCheck {

    private StaticRouteCommitCheck() {
    }

    static void run(ConfigTree tree, VyosVersion version, Diagnostics diag) {
        for (String route : List.of("route", "route6")) {
            for (ConfigNode prefix : CommitChecks.children(tree, List.of("protocols", "static", route))) {
                if (prefix.child("blackhole").isPresent() && prefix.child("reject").isPresent()) {
                    CommitChecks.refuse(diag, version, CommitChecks.lineOf(prefix, "reject"), "protocols static",
                            "Can not use both blackhole and reject for prefix \"" + prefix.name() + "\"!");
                }
            }
        }
    }
}
