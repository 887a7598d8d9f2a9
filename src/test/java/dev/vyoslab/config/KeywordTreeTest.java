package dev.vyoslab.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeywordTreeTest {

    @ParameterizedTest
    @EnumSource(VyosVersion.class)
    void everyVersionLoads(VyosVersion v) {
        KeywordTree t = KeywordTree.of(v);
        assertThat(t.root().child("interfaces")).isPresent();
        assertThat(t.root().child("firewall")).isPresent();
    }

    @Test
    void includesAreExpandedWhereUsed() {
        Keyword pppoe = KeywordTree.of(VyosVersion.V1_3).root().child("interfaces").flatMap(k -> k.child("pppoe"))
                .orElseThrow();
        assertThat(pppoe.child("firewall").flatMap(f -> f.child("local")).flatMap(l -> l.child("name"))).isPresent();
        assertThat(pppoe.child("authentication").flatMap(a -> a.child("user")).map(Keyword::hints).orElseThrow())
                .containsExactly("username");
    }

    @Test
    void malformedFixtureFailsLoudly() {
        assertThatThrownBy(() -> KeywordTree.load(VyosVersion.V1_3, "node a\n  leaf b <nonsense>\n"))
                .hasMessageContaining("line 2").hasMessageContaining("unknown value type <nonsense>");
    }

    @Test
    void suggestionsPreferTheUniqueClosestWord() {
        assertThat(Suggestions.closest("inetrface", java.util.List.of("interfaces", "nat", "firewall"))).contains("interfaces");
        assertThat(Suggestions.closest("xyz", java.util.List.of("nat", "vpn"))).isEmpty();
    }
}
