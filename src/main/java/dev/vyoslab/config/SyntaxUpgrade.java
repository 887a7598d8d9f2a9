package dev.vyoslab.config;

import java.util.List;

/** Translates a 1.3 tree to the set syntax of 1.4 and rolling (stub). */
final class SyntaxUpgrade {

    record Result(List<List<String>> paths, List<String> untranslated) {
    }

    private SyntaxUpgrade() {
    }

    static Result to(VyosVersion version, ConfigTree tree) {
        return new Result(tree.paths(), List.of("not implemented yet"));
    }
}
