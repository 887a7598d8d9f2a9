package dev.vyoslab.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code /config} of VyOS's configtest VM, where vyos-1x smoketest/config-tests were recorded: vyos-build
 * scripts/check-qemu-install (its {@code --configtest} branch) writes a legacy WireGuard default key pair and an
 * update script, then runs vyos-1x smoketest/bin/vyos-configtest-pki, which makes the certificates (freshly, so the
 * expected files never list them) and the RPKI cache's SSH key pair.
 */
public final class ConfigtestRouterFiles {

    /** vyos-build scripts/check-qemu-install configtest: "Adding a legacy WireGuard default keypair". */
    public static final String WIREGUARD_PRIVATE = "aGx+fvW916Ej7QRnBbW3QMoldhNv1u95/WHz45zDmF0=";
    static final String WIREGUARD_PUBLIC = "x39C77eavJNpvYbNzPSG3n1D68rHYei6q3AEBEyL1z8=";

    private ConfigtestRouterFiles() {
    }

    /** Writes that /config into {@code dir}, with the certificates made by {@code sources}' own vyos.pki. */
    static Path write(Path dir, Path sources) throws IOException, InterruptedException {
        Path wireguard = Files.createDirectories(dir.resolve("auth/wireguard/default"));
        Files.writeString(wireguard.resolve("private.key"), WIREGUARD_PRIVATE + "\n");
        Files.writeString(wireguard.resolve("public.key"), WIREGUARD_PUBLIC + "\n");
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("vyos-foo-update.script"), "#!/bin/sh\n");
        writeRpkiKeys(dir, sources);
        Path script = dir.resolve("configtest-pki.py");
        try (InputStream in = ConfigtestRouterFiles.class.getResourceAsStream("configtest-pki.py")) {
            Files.copy(in, script);
        }
        Process p = new ProcessBuilder(Python3.executable(), script.toString(), sources.toString(),
                dir.resolve("auth").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("configtest-pki.py failed: " + out);
        }
        Files.delete(script);
        return dir;
    }

    /**
     * vyos-configtest-pki writes a fixed SSH key pair as /config/id_rsa and id_rsa.pub, and an empty
     * known-hosts-file; config-tests/rpki-only lists that pair verbatim (rpki/1-to-2 moves it into pki openssh),
     * so the files are made back from those lines: the private key in OpenSSH's 70-column armour, the public key
     * as "TYPE KEY COMMENT".
     */
    private static void writeRpkiKeys(Path dir, Path sources) throws IOException {
        Map<String, String> pair = new HashMap<>();
        for (List<String> line : MigrationOracleTest.expectedLines(Files.readString(
                sources.resolve("smoketest/config-tests/rpki-only")))) {
            if (line.size() == 6 && line.get(0).equals("pki") && line.get(1).equals("openssh")) {
                pair.put(line.get(3) + " " + line.get(4), line.get(5));
            }
        }
        String body = pair.get("private key");
        StringBuilder armour = new StringBuilder("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        for (int i = 0; i < body.length(); i += 70) {
            armour.append(body, i, Math.min(body.length(), i + 70)).append('\n');
        }
        Files.writeString(dir.resolve("id_rsa"), armour + "-----END OPENSSH PRIVATE KEY-----");
        Files.writeString(dir.resolve("id_rsa.pub"), pair.get("public type") + " " + pair.get("public key")
                + " vyos@vyos");
        Files.writeString(dir.resolve("known-hosts-file"), "");
    }
}
