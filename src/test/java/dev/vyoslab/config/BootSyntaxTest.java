package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootSyntaxTest {

    private static final String BOOT = """
            interfaces {
                ethernet eth1 {
                    address 10.0.1.254/24
                    policy {
                        route PBR
                    }
                }
                loopback lo {
                }
            }
            policy {
                route PBR {
                    rule 20 {
                        description "FLETS MSS"
                        set {
                            tcp-mss 1414
                        }
                        protocol tcp
                        tcp {
                            flags SYN,!ACK,!FIN,!RST
                        }
                    }
                }
            }
            /* a comment
               over two lines */
            // Warning: Do not remove the following line.
            // vyos-config-version: "interfaces@23:nat@5:policy@1"
            // Release version: 1.3.4
            """;

    private static final String SET = """
            set interfaces ethernet eth1 address 10.0.1.254/24
            set interfaces ethernet eth1 policy route PBR
            set interfaces loopback lo
            set policy route PBR rule 20 description 'FLETS MSS'
            set policy route PBR rule 20 set tcp-mss 1414
            set policy route PBR rule 20 protocol tcp
            set policy route PBR rule 20 tcp flags 'SYN,!ACK,!FIN,!RST'
            """;

    @Test
    void bothFormsGiveTheSameTree() {
        VyosConfig boot = VyosConfig.parse("config.boot", BOOT);
        VyosConfig set = VyosConfig.parse("commands.conf", SET);
        assertThat(boot.diagnostics()).isEmpty();
        assertThat(set.diagnostics()).isEmpty();
        assertThat(boot.tree()).isEqualTo(set.tree());
        assertThat(boot.configVersion()).contains("interfaces@23:nat@5:policy@1");
        assertThat(set.configVersion()).isEmpty();
    }

    @Test
    void leafLinesKeepTheirLines() {
        VyosConfig boot = VyosConfig.parse("config.boot", BOOT);
        assertThat(boot.lineOf(List.of("policy", "route", "PBR", "rule", "20", "set", "tcp-mss", "1414"))).contains(16);
        assertThat(boot.lineOf(List.of("interfaces", "loopback", "lo"))).contains(8);
    }

    @Test
    void abbreviationInConfigBootIsSkippedByTheLoader() {
        VyosConfig c = VyosConfig.parse("config.boot", "interface {\n    ethernet eth1 {\n        address 10.0.1.254/24\n    }\n}\n");
        assertThat(c.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("abbreviation");
            // vyatta-cfg@equuleus src/cstore/cstore.cpp Cstore::loadFile(): the path fails, the rest loads
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).contains("skips this path when it loads the config.boot");
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
        });
        assertThat(c.tree().paths()).isEmpty();
    }

    @Test
    void unknownPathInConfigBootIsSkippedButInASetFileRefused() {
        VyosConfig boot = VyosConfig.parse("config.boot", "system {\n    host-name r1\n    bogus-node 1\n}\n");
        VyosConfig set = VyosConfig.parse("commands.conf", "set system host-name r1\nset system bogus-node 1\n");
        assertThat(boot.hasErrors()).isFalse();
        assertThat(boot.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.line()).isEqualTo(3);
        });
        assertThat(boot.tree().paths()).containsExactly(List.of("system", "host-name", "r1"));
        assertThat(set.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(2);
        });
    }

    @Test
    void olderReleaseSyntaxInAnOlderConfigBootIsANote() {
        // 1.3 firewall syntax in a config.boot whose footer is 1.3's: 1.4's migration scripts rewrite it
        String boot = "firewall {\n    name WAN_IN {\n        default-action drop\n    }\n}\n"
                + "// vyos-config-version: \"firewall@5:system@21\"\n";
        VyosConfig v14 = VyosConfig.parse("config.boot", boot, VyosVersion.V1_4);
        assertThat(v14.diagnostics()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.NOTE);
            assertThat(d.code()).isEqualTo("migrated-syntax");
            assertThat(d.message()).contains("is 1.3.4 syntax");
        });
        // the same text with a 1.4 footer is not migrated: the loader skips it
        VyosConfig current = VyosConfig.parse("config.boot", boot.replace("firewall@5:system@21", "firewall@15:system@27"),
                VyosVersion.V1_4);
        assertThat(current.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }
}
