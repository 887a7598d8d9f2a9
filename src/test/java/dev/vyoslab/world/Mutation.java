package dev.vyoslab.world;

import dev.vyoslab.config.VyosConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A known-good config changed in one way, and the derived checks (of the good config) that change must make fail:
 * a negative control proving each kind of check can fail, and fails for the reason it names.
 *
 * @param seen text each failing check's message must contain (what the traffic showed), by check id
 */
record Mutation(String name, UnaryOperator<String> edit, Set<String> failing, java.util.Map<String, String> seen) {

    VyosConfig apply(String good) {
        String text = edit.apply(good);
        if (text.equals(good)) {
            throw new IllegalStateException("mutation " + name + " changes nothing");
        }
        return VyosConfig.parse(name + ".conf", text);
    }

    /** Removes every line starting with one of {@code prefixes}. */
    static UnaryOperator<String> without(String... prefixes) {
        List<String> p = Arrays.asList(prefixes);
        return text -> text.lines().filter(l -> p.stream().noneMatch(l::startsWith))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Replaces {@code line} (exactly one occurrence) with {@code replacement}. */
    static UnaryOperator<String> replacing(String line, String replacement) {
        return text -> {
            if (!text.contains(line)) {
                throw new IllegalStateException("no line '" + line + "' to replace");
            }
            return text.replace(line, replacement);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
