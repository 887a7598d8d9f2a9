package dev.vyoslab.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a {@link CommandTree}: a keyword of VyOS's configuration syntax with its kind, the rules
 * its values must meet and its default.
 *
 * @param rules clauses that must all hold, each a list of alternatives of which one must hold
 *              (empty: any value); for a tag node they apply to the tag values
 */
record CommandNode(String name, Kind kind, List<List<ValueRule>> rules, Optional<String> defaultValue,
                   Map<String, CommandNode> children) {

    /** How a node is written: {@code node}, {@code tag}, {@code leaf}, {@code multi}, {@code flag}. */
    enum Kind {
        /** a plain keyword with children: {@code interfaces} */
        NODE,
        /** a keyword followed by a value, each value with its own children: {@code ethernet eth0} */
        TAG,
        /** a keyword with one value: {@code mtu 1492} */
        LEAF,
        /** a keyword with several values: {@code address 192.0.2.1/24} (more than once) */
        MULTI,
        /** a valueless leaf: {@code disable} */
        FLAG;

        static Kind of(String word) {
            return switch (word) {
                case "node" -> NODE;
                case "tag" -> TAG;
                case "leaf" -> LEAF;
                case "multi" -> MULTI;
                case "flag" -> FLAG;
                default -> throw new IllegalArgumentException("unknown kind '" + word + "'");
            };
        }

        /** True if a value follows the keyword. */
        boolean takesValue() {
            return this == TAG || this == LEAF || this == MULTI;
        }
    }

    CommandNode {
        rules = List.copyOf(rules);
        // the map is filled while the tree loads; readers get a view
        children = Collections.unmodifiableMap(children);
    }

    Optional<CommandNode> child(String word) {
        return Optional.ofNullable(children.get(word));
    }

    /** The numeric ranges the rules allow ({@code num:} alternatives), as {@code [lo, hi]} pairs. */
    List<double[]> numericRanges() {
        return rules.stream().flatMap(List::stream).filter(r -> r instanceof ValueRule.Number)
                .flatMap(r -> ((ValueRule.Number) r).ranges().stream()).toList();
    }

    /**
     * Why {@code value} is refused, in words: the first clause none of whose alternatives hold, with an
     * address hint where a named format can give one. Empty if the value is not refused.
     */
    Optional<String> problem(String value) {
        for (List<ValueRule> clause : rules) {
            if (clause.stream().noneMatch(r -> r.check(value) != ValueRule.Verdict.REFUSES)) {
                for (ValueRule r : clause) {
                    if (r instanceof ValueRule.Named n) {
                        Optional<String> hint = n.format().problem(value);
                        if (hint.isPresent()) {
                            return hint;
                        }
                    }
                }
                // a regex says little to a user when literal words would do: list the words
                return Optional.of("expected " + String.join(" or ", clause.stream().map(ValueRule::describe).toList()));
            }
        }
        return Optional.empty();
    }

    /** True if some alternative is an address format, so a placeholder here cannot be a real value. */
    boolean wantsAddress() {
        return rules.stream().flatMap(List::stream)
                .anyMatch(r -> r instanceof ValueRule.Named n && n.format().isAddress());
    }

    /** True if the rules say more than "text of some length": a number, a word list or a named format. */
    boolean informative() {
        return rules.stream().flatMap(List::stream).anyMatch(r -> r instanceof ValueRule.Number
                || r instanceof ValueRule.Literal || r instanceof ValueRule.Named);
    }

    /** Whether {@code value} meets the rules, as far as the rules can be checked offline. */
    ValueRule.Verdict check(String value) {
        ValueRule.Verdict result = ValueRule.Verdict.ACCEPTS;
        for (List<ValueRule> clause : rules) {
            ValueRule.Verdict c = ValueRule.Verdict.REFUSES;
            for (ValueRule alt : clause) {
                ValueRule.Verdict v = alt.check(value);
                if (v == ValueRule.Verdict.ACCEPTS) {
                    c = v;
                    break;
                }
                if (v == ValueRule.Verdict.NOT_CHECKED) {
                    c = v;
                }
            }
            if (c == ValueRule.Verdict.REFUSES) {
                return c;
            }
            if (c == ValueRule.Verdict.NOT_CHECKED) {
                result = c;
            }
        }
        return result;
    }
}
