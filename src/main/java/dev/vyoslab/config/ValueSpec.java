package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a tag or leaf accepts: alternatives of {@link ValueType}s, numeric ranges and literal words,
 * written in the fixture as {@code <ipv4-host>|dhcp|dhcpv6} or {@code <u32:1-9999>}.
 */
final class ValueSpec {

    private final List<ValueType> types = new ArrayList<>();
    private final List<long[]> ranges = new ArrayList<>();
    private final List<String> literals = new ArrayList<>();

    private ValueSpec() {
    }

    /** Parses the fixture notation; throws IllegalArgumentException naming the bad alternative. */
    static ValueSpec parse(String notation) {
        ValueSpec spec = new ValueSpec();
        for (String alt : notation.split("\\|")) {
            if (alt.startsWith("<u32:") && alt.endsWith(">")) {
                String[] r = alt.substring(5, alt.length() - 1).split("-");
                spec.ranges.add(new long[] {Long.parseLong(r[0]), Long.parseLong(r[1])});
            } else if (alt.startsWith("<") && alt.endsWith(">")) {
                String id = alt.substring(1, alt.length() - 1);
                spec.types.add(ValueType.byId(id)
                        .orElseThrow(() -> new IllegalArgumentException("unknown value type <" + id + ">")));
            } else if (!alt.isEmpty()) {
                spec.literals.add(alt);
            } else {
                throw new IllegalArgumentException("empty alternative in '" + notation + "'");
            }
        }
        return spec;
    }

    boolean isSecret() {
        return types.contains(ValueType.SECRET);
    }

    /** True if one alternative is an address type, so a placeholder here cannot be a real value. */
    boolean wantsAddress() {
        return types.stream().anyMatch(t -> t.ordinal() <= ValueType.IPV6_MATCH.ordinal());
    }

    /** Empty if {@code value} fits; otherwise a message saying what was expected. */
    Optional<String> problem(String value) {
        if (literals.contains(value)) {
            return Optional.empty();
        }
        for (long[] r : ranges) {
            if (!value.isEmpty() && value.length() <= 10 && value.chars().allMatch(Character::isDigit)) {
                long n = Long.parseLong(value);
                if (n >= r[0] && n <= r[1]) {
                    return Optional.empty();
                }
            }
        }
        for (ValueType t : types) {
            if (t.problem(value).isEmpty()) {
                return Optional.empty();
            }
        }
        for (ValueType t : types) {
            Optional<String> hint = t.addressHint(value);
            if (hint.isPresent()) {
                return hint;
            }
        }
        return Optional.of("expected " + describe());
    }

    /** The alternatives in words: {@code a number 1-9999}, {@code one of auto, none, force}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (ValueType t : types) {
            parts.add(t.description());
        }
        for (long[] r : ranges) {
            parts.add("a number " + r[0] + "-" + r[1]);
        }
        if (literals.size() == 1) {
            parts.add("'" + literals.get(0) + "'");
        } else if (!literals.isEmpty()) {
            parts.add("one of " + String.join(", ", literals));
        }
        return String.join(" or ", parts);
    }
}
