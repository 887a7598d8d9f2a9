package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VyOS's own expected migration output as the oracle: for every pair of vyos-1x {@code smoketest/configs/X} and
 * {@code smoketest/config-tests/X} at 1.4.0 and current, the migrated config's set lines against VyOS's. Runs python3
 * on the folder given by {@code -Dvyoslab.vyos1x} (else VYOSLAB_VYOS1X, else {@code ../shared/vyos-1x}); skipped when
 * it is absent. The scripts find the /config of VyOS's configtest VM ({@link ConfigtestRouterFiles}). Every pair that
 * differs is listed in {@link #KNOWN} with its cause, and those lacking an expected line in {@link #LACKING}; a new
 * difference, or a listed one that went away, fails.
 */
class MigrationOracleTest {

    static final Path ROOT = SharedVyosSources.root();

    /**
     * VyOS's own test asserts each expected line is in the output (vyos-1x@current smoketest/bin/vyos-configtest
     * assertIn): its files list a part of the config, so these pairs have every expected line and more.
     */
    static final String SUBSET = "every expected line is there; the file lists only part of the config (VyOS's test"
            + " asserts each line is in the output), the rest are lines it does not mention";
    /** The configtest VM makes its certificates afresh (vyos-1x smoketest/bin/vyos-configtest-pki). */
    static final String FRESH_PKI = "every expected line is there; the extra lines are the pki objects the scripts made"
            + " of the configtest VM's certificates, which are made afresh on each run, so the file names them but"
            + " cannot list them; the rest: " + SUBSET;
    /** ref/pair -> the cause of its difference. */
    static final Map<String, String> KNOWN = known();

    private static Map<String, String> known() {
        Map<String, String> k = new TreeMap<>();
        for (String p : List.of("basic-api-service", "basic-vyos", "container-simple", "igmp-pim-small", "ipoe-server", "ospf-simple")) {
            k.put("1.4.0/" + p, SUBSET);
        }
        for (String p : List.of("basic-api-service", "basic-vyos", "bgp-evpn-l2vpn-leaf", "bgp-evpn-l2vpn-spine", "bgp-rpki", "bgp-small-internet-exchange", "bgp-small-ipv4-unicast", "cluster-basic", "dialup-router-complex", "egp-igp-route-maps", "igmp-pim-small", "ipoe-server", "ipv6-disable", "isis-small", "nat-basic", "ospf-small", "pppoe-server", "rip-router", "tunnel-broker", "vrf-basic", "vrf-bgp-pppoe-underlay")) {
            k.put("current/" + p, SUBSET);
        }
        // vyos-1x@1.4.0 interface-definitions/service_dhcp-server.xml.in has 'subnet … default-router', no 'option';
        // its dhcp-server scripts end at 7-to-8; yet its config-tests/nat-basic expects current's 'option' lines
        k.put("1.4.0/nat-basic", "the 1.4.0 file expects DHCP 'option …' lines, which 1.4.0's own definitions and"
                + " scripts do not have (current's dhcp-server/8-to-9 writes them); the rest: " + SUBSET);
        k.put("1.4.0/dialup-router-wireguard-ipv6", k.get("1.4.0/nat-basic"));
        // the keys of the configtest VM's /config, moved into the config: rpki/1-to-2, interfaces/25-to-26
        k.put("1.4.0/rpki-only", SUBSET);
        k.put("current/dialup-router-wireguard-ipv6", SUBSET);
        k.put("current/dialup-router-medium-vpn", FRESH_PKI);
        k.put("current/vpn-openconnect-sstp", FRESH_PKI);
        return k;
    }

    /** The pairs of {@link #KNOWN} that lack some expected line: all others have every one (VyOS's assertIn). */
    static final Set<String> LACKING = Set.of("1.4.0/nat-basic", "1.4.0/dialup-router-wireguard-ipv6");

    /** About a second per pair. */
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @ParameterizedTest(name = "{0}")
    @CsvSource({"1.4.0, V1_4", "current, ROLLING"})
    void everyPairAgreesWithVyosOrItsDifferenceIsKnown(String ref, VyosVersion target, @TempDir Path config)
            throws IOException, InterruptedException {
        Path dir = ROOT.resolve(ref);
        assumeTrue(Vyos1xSources.complete(dir) && Files.isDirectory(dir.resolve("smoketest/config-tests")),
                "no vyos-1x " + ref + " sources with smoketest/config-tests in " + ROOT.toAbsolutePath()
                        + " (-Dvyoslab.vyos1x)");
        Migration migration = Migration.of(VyosVersion.V1_3, target, Vyos1xSources.offline(ROOT))
                .withNics(Migration.Nics.SMOKETEST_VM)
                .withRouterFiles(ConfigtestRouterFiles.write(config, dir));
        Map<String, String> differ = new TreeMap<>();
        Set<String> lacking = new TreeSet<>();
        int pairs = 0;
        int exact = 0;
        int contained = 0;
        for (Path expected : list(dir.resolve("smoketest/config-tests"))) {
            String name = expected.getFileName().toString();
            pairs++;
            MigrationResult r = migration.run(dir.resolve("smoketest/configs").resolve(name));
            assertThat(r.missing()).as(name + ": files of the configtest VM's /config the scripts lacked").isEmpty();
            Set<List<String>> want = expectedLines(Files.readString(expected));
            Set<List<String>> got = new LinkedHashSet<>(r.lines());
            Set<List<String>> missing = new LinkedHashSet<>(want);
            missing.removeAll(got);
            Set<List<String>> extra = new LinkedHashSet<>(got);
            extra.removeAll(want);
            if (missing.isEmpty()) {
                contained++;
            } else {
                lacking.add(ref + "/" + name);
            }
            if (missing.isEmpty() && extra.isEmpty()) {
                exact++;
                continue;
            }
            differ.put(ref + "/" + name, "missing " + missing.size() + " " + sample(missing) + "; extra "
                    + extra.size() + " " + sample(extra) + (r.failed().isEmpty() ? "" : "; failed " + r.failed()));
        }
        System.out.printf("vyos-1x %s: %d pairs, %d exact, %d with every expected line (VyOS's own assertIn)%n",
                ref, pairs, exact, contained);
        differ.forEach((k, v) -> System.out.println("  " + k + ": " + v + "\n    cause: " + KNOWN.getOrDefault(k, "?")));
        Set<String> knownHere = new TreeMap<>(KNOWN).keySet().stream().filter(k -> k.startsWith(ref + "/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(differ.keySet()).as("pairs that differ from VyOS's expected lines").isEqualTo(knownHere);
        assertThat(lacking).as("pairs lacking an expected line").isEqualTo(LACKING.stream()
                .filter(k -> k.startsWith(ref + "/")).collect(Collectors.toSet()));
    }

    static Set<List<String>> expectedLines(String text) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (Command c : SetScriptReader.read(text, new Diagnostics("expected"))) {
            out.add(c.words().stream().map(Word::text).toList());
        }
        return out;
    }

    private static String sample(Set<List<String>> lines) {
        List<String> s = new ArrayList<>();
        for (List<String> l : lines) {
            if (s.size() == 3) {
                s.add("…");
                break;
            }
            String t = String.join(" ", l);
            s.add(t.length() > 110 ? t.substring(0, 110) + "…" : t);
        }
        return s.toString();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
