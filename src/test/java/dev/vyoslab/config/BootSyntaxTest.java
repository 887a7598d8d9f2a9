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
    void abbreviationIsAnErrorInConfigBoot() {
        VyosConfig c = VyosConfig.parse("config.boot", "interface {\n    ethernet eth1 {\n        address 10.0.1.254/24\n    }\n}\n");
        assertThat(c.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("abbreviation");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.column()).isEqualTo(1);
        });
    }
}
