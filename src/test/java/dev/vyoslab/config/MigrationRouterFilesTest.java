package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router's /config as the migration scripts see it off the router: a copy of a folder given, else an empty one,
 * never this machine's own; what the scripts could not move is said in VyOS's words, naming the router's paths.
 */
public class MigrationRouterFilesTest {

    public static final String WIREGUARD = """
            set interfaces wireguard wg0 address '10.0.0.1/24'
            set interfaces wireguard wg0 peer blue allowed-ips '10.0.0.2/32'
            set interfaces wireguard wg0 peer blue pubkey 'G4pZishpMRrLmd96Kr6V7LIuNGdcUb81gWaYZ+FWkG0='
            set interfaces wireguard wg0 port '51820'
            """;
    public static final String KEY = ConfigtestRouterFiles.WIREGUARD_PRIVATE;

    static Migration toRolling() {
        Path root = MigrationOracleTest.ROOT;
        assumeTrue(Vyos1xSources.complete(root.resolve(Vyos1xRef.of(VyosVersion.ROLLING).folder())),
                "no vyos-1x sources for rolling in " + root.toAbsolutePath() + " (-Dvyoslab.vyos1x)");
        return Migration.of(VyosVersion.V1_3, VyosVersion.ROLLING, Vyos1xSources.offline(root));
    }

    @Test
    void withoutTheRoutersFilesTheKeyStaysBehindAndTheScriptSaysSo() {
        MigrationResult r = toRolling().run("wg.conf", WIREGUARD);
        assertThat(r.failed()).isEmpty();
        // vyos-1x@current src/migration-scripts/interfaces/25-to-26 migrate(): its own message
        assertThat(r.said()).contains(new MigrationResult.ScriptNote("interfaces/25-to-26",
                "Could not find wireguard private key for migration on interface \"wg0\""));
        assertThat(r.lines()).noneMatch(l -> l.contains("private-key"));
        assertThat(r.missing()).containsExactly("/config/auth/wireguard/default/private.key");
    }

    @Test
    void theKeyOfTheRoutersFilesIsMovedIntoTheConfigAndTheFolderIsLeftAsItIs(@TempDir Path router)
            throws IOException {
        // where 1.3 keeps the key 'default' (vyos-1x@current src/migration-scripts/interfaces/25-to-26)
        Path key = Files.createDirectories(router.resolve("auth/wireguard/default")).resolve("private.key");
        Files.writeString(key, KEY + "\n");
        MigrationResult r = toRolling().withRouterFiles(router).run("wg.conf", WIREGUARD);
        assertThat(r.failed()).isEmpty();
        assertThat(r.said()).isEmpty();
        assertThat(r.missing()).isEmpty();
        assertThat(r.lines()).contains(List.of("interfaces", "wireguard", "wg0", "private-key", KEY),
                List.of("interfaces", "wireguard", "wg0", "peer", "blue", "public-key",
                        "G4pZishpMRrLmd96Kr6V7LIuNGdcUb81gWaYZ+FWkG0="));
        assertThat(key).hasContent(KEY);
        try (var files = Files.walk(router)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(key);
        }
    }

    @Test
    void aScriptThatFailsForAMissingFileNamesTheRoutersPath() {
        String rpki = """
                set interfaces ethernet eth0 address '192.0.2.1/24'
                set protocols rpki cache 192.0.2.8 port '2222'
                set protocols rpki cache 192.0.2.8 preference '20'
                set protocols rpki cache 192.0.2.8 ssh known-hosts-file '/config/known-hosts-file'
                set protocols rpki cache 192.0.2.8 ssh private-key-file '/config/id_rsa'
                set protocols rpki cache 192.0.2.8 ssh public-key-file '/config/id_rsa.pub'
                set protocols rpki cache 192.0.2.8 ssh username 'vyos'
                """;
        MigrationResult r = toRolling().run("rpki.conf", rpki);
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.script()).isEqualTo("rpki/1-to-2");
            assertThat(f.error()).contains("'/config/id_rsa'").doesNotContain("vyoslab-migrate");
        });
        assertThat(r.missing()).containsExactly("/config/id_rsa");
    }
}
