package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vyos-lab's stand-in for {@code vyos.configtree}, under python3 (skipped without one): the behaviour of the native
 * library that migration scripts rely on.
 */
class ConfigTreeStandInTest {

    static final String SCRIPT = """
            from configtree import ConfigTree, ConfigTreeError
            c = ConfigTree('''interfaces {
                ethernet eth1 {
                    address "10.0.1.254/24"
                    address "2001:db8::1/64"
                    disable
                }
                loopback lo {
                }
            }
            vrf {
                name red {
                    protocols {
                        bgp {
                            local-as "100"
                        }
                    }
                }
            }
            firewall {
                name X {
                    rule 100 {
                        action "accept"
                    }
                    rule 20 {
                        description "say \\\\"hi\\\\""
                    }
                }
            }
            // vyos-config-version: "firewall@5"
            ''')
            assert c.get_version_string().startswith('// vyos-config-version: "firewall@5"')
            assert c.list_nodes(['firewall', 'name', 'X', 'rule']) == ['20', '100'], 'children ordered on parsing'
            assert c.return_values(['interfaces', 'ethernet', 'eth1', 'address']) == ['10.0.1.254/24', '2001:db8::1/64']
            assert c.is_tag(['interfaces', 'ethernet']) and not c.is_tag(['interfaces'])
            assert c.return_value(['interfaces', 'ethernet', 'eth1', 'disable']) is None
            assert c.return_value(['firewall', 'name', 'X', 'rule', '20', 'description']) == 'say "hi"'
            # paths are split at spaces, as the native library does
            c.rename(['vrf', 'name red', 'protocols', 'bgp', 'local-as'], 'system-as')
            assert c.return_value(['vrf', 'name', 'red', 'protocols', 'bgp', 'system-as']) == '100'
            c.set(['service', 'ntp', 'server', 'time1.vyos.net'])
            c.set_tag(['service', 'ntp', 'server'])
            c.set(['interfaces', 'ethernet', 'eth1', 'address'], value='10.0.2.1/24', replace=False)
            c.copy(['firewall', 'name', 'X'], ['firewall', 'ipv4', 'name', 'X'])
            c.delete(['firewall', 'name'])
            try:
                c.delete(['nope'])
                raise SystemExit('delete of a missing path must raise')
            except ConfigTreeError:
                pass
            again = ConfigTree(c.to_string())
            cmds = again.to_commands().splitlines()
            assert "set interfaces ethernet eth1 address '10.0.2.1/24'" in cmds, cmds
            assert "set interfaces ethernet eth1 disable" in cmds
            assert "set interfaces loopback lo" in cmds
            assert "set service ntp server time1.vyos.net" in cmds, cmds
            assert "set firewall ipv4 name X rule 100 action 'accept'" in cmds
            assert not any(l.startswith('set firewall name') for l in cmds)
            assert '        ethernet eth1 {' not in c.to_string() and '    ethernet eth1 {' in c.to_string()
            print('ok')
            """;

    @Test
    void behavesAsTheNativeLibraryWhereScriptsRelyOnIt(@TempDir Path dir) throws Exception {
        try (InputStream in = Migration.class.getResourceAsStream("migration/configtree.py")) {
            Files.copy(in, dir.resolve("configtree.py"));
        }
        Files.writeString(dir.resolve("t.py"), SCRIPT);
        Process p;
        try {
            p = new ProcessBuilder("python3", "t.py").directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no python3 here: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out.strip()).isEqualTo("ok");
    }
}
