package dev.vyoslab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vyoslab.config.MigrationRouterFilesTest;
import dev.vyoslab.config.SharedVyosSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line for everything decided before Docker is asked. */
class MainTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void usageErrorsExit2WithTheReasonAndTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("vyos-lab: no command given").contains("usage: vyos-lab check CONFIG");
        assertThat(run("check")).isEqualTo(2);
        assertThat(err()).contains("check needs a CONFIG file");
        assertThat(run("check", "a.conf", "--dut", "vyos")).isEqualTo(2);
        assertThat(err()).contains("--dut vyos needs --iso PATH|URL and --iso-sha256 HEX");
        assertThat(run("check", "a.conf", "--dut", "vyos", "--iso", "x.iso", "--iso-sha256", "abc")).isEqualTo(2);
        assertThat(err()).contains("--iso-sha256 must be 64 hex digits");
        assertThat(run("check", "a.conf", "--frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown option --frobnicate");
        assertThat(run("lint", "a.conf", "--keep")).isEqualTo(2);
        assertThat(run("check", "a.conf", "--scenarios", "pppoe-redial,reboot")).isEqualTo(2);
        assertThat(err()).contains("unknown scenario reboot (scenarios: all, pppoe-redial, aftr-restart, bras-down, router-reboot, ngn-renumber, exposure)");
        assertThat(run("lint", "a.conf", "--scenarios", "all")).isEqualTo(2);
        assertThat(err()).contains("--scenarios belong to check");
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'deploy'");
    }

    @Test
    void migrateNeedsATargetNewerThanItsSource() {
        assertThat(run("migrate", "examples/seed/corrected.conf")).isEqualTo(2);
        assertThat(err()).contains("migrate needs --to 1.4|rolling");
        assertThat(run("migrate", "examples/seed/corrected.conf", "--to", "1.4", "--from", "rolling")).isEqualTo(2);
        assertThat(err()).contains("migrate goes to a newer release");
        assertThat(run("migrate", "examples/seed/corrected.conf", "--to", "2.0")).isEqualTo(2);
        assertThat(err()).contains("--to is 1.3, 1.4 or rolling");
        assertThat(run("lint", "examples/seed/corrected.conf", "--to", "1.4")).isEqualTo(2);
        assertThat(err()).contains("--to and --from belong to migrate and upgrade");
        assertThat(run("migrate", "no/such.conf", "--to", "1.4")).isEqualTo(2);
        assertThat(err()).contains("no/such.conf: no such file");
    }

    @Test
    void theRoutersConfigFolderIsForMigrationsOffTheRouter() {
        assertThat(run("check", "examples/seed/corrected.conf", "--config-dir", "x")).isEqualTo(2);
        assertThat(err()).contains("--config-dir belongs to migrate and upgrade");
        assertThat(run("upgrade", "examples/seed/corrected.conf", "--to", "1.4", "--dut", "vyos", "--iso-from", "a.iso",
                "--iso-from-sha256", "0".repeat(64), "--iso-to", "rolling", "--config-dir", "x")).isEqualTo(2);
        assertThat(err()).contains("--config-dir is for the reference router");
        assertThat(run("migrate", "examples/seed/corrected.conf", "--to", "1.4", "--config-dir", "no/such/dir"))
                .isEqualTo(2);
        assertThat(err()).contains("no/such/dir: no such folder (the router's /config, copied off it");
    }

    @Test
    void migrateSaysInVyosWordsWhatItCouldNotMoveAndTakesItFromTheRoutersFolder(@TempDir Path dir)
            throws IOException {
        Path root = SharedVyosSources.root().toAbsolutePath();
        assumeTrue(Files.isDirectory(root.resolve("current/src/migration-scripts")), "no vyos-1x current sources in "
                + root);
        Path config = Files.writeString(dir.resolve("wg.conf"), MigrationRouterFilesTest.WIREGUARD);
        String before = System.setProperty("vyoslab.vyos1x", root.toString());
        try {
            assertThat(run("migrate", config.toString(), "--to", "rolling")).isZero();
            // vyos-1x@current src/migration-scripts/interfaces/25-to-26 migrate()
            assertThat(err()).contains("VyOS's interfaces/25-to-26 said: Could not find wireguard private key for"
                    + " migration on interface \"wg0\"").contains("looked for files of the router's /config that"
                    + " are not here: /config/auth/wireguard/default/private.key; give a copy of it with --config-dir");
            Path router = Files.createDirectories(dir.resolve("config/auth/wireguard/default"));
            Files.writeString(router.resolve("private.key"), MigrationRouterFilesTest.KEY);
            err.reset();
            out.reset();
            assertThat(run("migrate", config.toString(), "--to", "rolling", "--config-dir", dir.resolve("config")
                    .toString())).isZero();
            assertThat(err()).doesNotContain("said:").doesNotContain("looked for");
            // read from the folder, and masked like every secret printed
            assertThat(out()).contains("set interfaces wireguard wg0 private-key ").doesNotContain(
                    MigrationRouterFilesTest.KEY);
        } finally {
            if (before == null) {
                System.clearProperty("vyoslab.vyos1x");
            } else {
                System.setProperty("vyoslab.vyos1x", before);
            }
        }
    }

    @Test
    void upgradeNeedsATargetAndEachReleasesIsoOnVyosAndReadsTheConfigBeforeAnything() {
        assertThat(run("upgrade", "examples/seed/corrected.conf")).isEqualTo(2);
        assertThat(err()).contains("upgrade needs --to 1.4|rolling");
        assertThat(run("upgrade", "examples/seed/corrected.conf", "--to", "1.4", "--from", "rolling")).isEqualTo(2);
        assertThat(err()).contains("upgrade goes to a newer release");
        assertThat(run("upgrade", "examples/seed/corrected.conf", "--to", "1.4", "--dut", "vyos")).isEqualTo(2);
        assertThat(err()).contains("needs the old release's ISO: --iso-from PATH|URL --iso-from-sha256 HEX");
        assertThat(run("upgrade", "examples/seed/corrected.conf", "--to", "1.4", "--dut", "vyos", "--iso-from",
                "a.iso", "--iso-from-sha256", "0".repeat(64))).isEqualTo(2);
        assertThat(err()).contains("needs the new release's ISO: --iso-to PATH|URL --iso-to-sha256 HEX");
        assertThat(run("upgrade", "examples/seed/corrected.conf", "--to", "1.4", "--iso-to", "b.iso")).isEqualTo(2);
        assertThat(err()).contains("--iso-from and --iso-to are for --dut vyos");
        assertThat(run("check", "examples/seed/corrected.conf", "--iso-to", "b.iso")).isEqualTo(2);
        assertThat(err()).contains("--iso-to belongs to upgrade");
        assertThat(run("upgrade", "examples/seed/corrected.conf", "--to", "1.4", "--scenarios", "all")).isEqualTo(2);
        assertThat(err()).contains("--scenarios belong to check");
        assertThat(run("upgrade", "examples/seed/published.conf", "--to", "1.4")).isEqualTo(2);
        assertThat(err()).contains("published.conf:7:37: error").contains("nothing was started");
        assertThat(out()).doesNotContain("lab ");
    }

    @Test
    void lintOfTheCorrectedSeedListsWhatCheckWouldVerify() {
        assertThat(run("lint", "examples/seed/corrected.conf")).isEqualTo(0);
        assertThat(out()).contains("vyos-lab check would verify:").contains("  dnat/100  destination NAT rule 100")
                .contains("  firewall/WAN_LOCAL  ");
        assertThat(out() + err()).doesNotContain("lab-pppoe-secret");
    }

    @Test
    void lintChecksAgainstTheVersionGivenByVyos() {
        // vyos-1x@1.4.0 interface-definitions/firewall.xml.in: 1.3's 'firewall name' moved to 'firewall ipv4 name'
        assertThat(run("lint", "examples/seed/corrected.conf", "--vyos", "1.4")).isEqualTo(2);
        assertThat(err()).contains("corrected.conf:").contains("unknown keyword 'name' under 'firewall'");
        assertThat(run("lint", "examples/seed/corrected.conf", "--vyos", "2.0")).isEqualTo(2);
    }

    @Test
    void lintAndCheckOfThePublishedSeedExit2WithFileLineDiagnostics() {
        assertThat(run("lint", "examples/seed/published.conf")).isEqualTo(2);
        assertThat(err()).contains("published.conf:").contains("error").contains("published.conf has 8 error(s)");
        assertThat(run("check", "examples/seed/published.conf")).isEqualTo(2);
        assertThat(err()).contains("published.conf:7:37: error").contains("nothing was started")
                .doesNotContain("\tat ");
        assertThat(run("check", "examples/seed/corrected.conf", "--baseline", "examples/seed/published.conf"))
                .isEqualTo(2);
    }

    @Test
    void severalConfigsAreAllReadBeforeAnyLabStarts() {
        assertThat(run("check", "examples/seed/corrected.conf", "examples/seed/published.conf", "--jobs", "2"))
                .isEqualTo(2);
        assertThat(err()).contains("published.conf:7:37: error").contains("nothing was started");
        assertThat(out()).doesNotContain("checking ");
        assertThat(run("check", "examples/seed/corrected.conf", "--jobs", "0")).isEqualTo(2);
        assertThat(err()).contains("--jobs is a number of labs at once");
        assertThat(run("check", "examples/seed/corrected.conf", "--vyos", "2.0")).isEqualTo(2);
        assertThat(err()).contains("--vyos is 1.3, 1.4 or rolling, not '2.0'");
        assertThat(run("check", "examples/seed/corrected.conf", "examples/variant/home-office.conf", "--keep"))
                .isEqualTo(2);
        assertThat(err()).contains("--keep holds one lab open");
    }

    @Test
    void aMissingConfigOrIsoIsBadInputBeforeAnythingBoots() {
        assertThat(run("check", "no/such.conf")).isEqualTo(2);
        assertThat(err()).contains("no/such.conf does not exist in");
        assertThat(run("check", "examples/seed/corrected.conf", "--dut", "vyos", "--iso", "/nonexistent/vyos.iso",
                "--iso-sha256", "0".repeat(64))).isEqualTo(2);
        assertThat(err()).contains("/nonexistent/vyos.iso does not exist");
    }

    @Test
    void vyosWithoutAnIsoOrWithAWrongHashIsBadInputBeforeAnythingBoots(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        assertThat(run("check", "examples/seed/corrected.conf", "--dut", "vyos")).isEqualTo(2);
        assertThat(err()).contains("--dut vyos needs --iso");
        java.nio.file.Path iso = java.nio.file.Files.writeString(dir.resolve("vyos.iso"), "not really an ISO");
        assertThat(run("check", "examples/seed/corrected.conf", "--dut", "vyos", "--iso", iso.toString(),
                "--iso-sha256", "0".repeat(64))).isEqualTo(2);
        assertThat(err()).containsIgnoringCase("sha256").doesNotContain("starting");
    }

    @Test
    void correctedSeedWithoutItsMruIsRefusedByCheckBeforeAnythingStarts(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("examples/seed/corrected.conf"));
        java.nio.file.Path noMru = java.nio.file.Files.writeString(dir.resolve("no-mru.conf"),
                seed.replace("set interfaces pppoe pppoe0 mru 1454\n", ""));
        // vyos-1x@1.3.4 src/conf_mode/interfaces-pppoe.py verify(): mru defaults to 1492, above mtu 1454
        assertThat(run("check", noMru.toString())).isEqualTo(2);
        assertThat(err()).containsPattern("no-mru\\.conf:\\d+: error: .*PPPoE MRU needs to be lower then MTU!")
                .contains("nothing was started").doesNotContain("\tat ");
    }
}
