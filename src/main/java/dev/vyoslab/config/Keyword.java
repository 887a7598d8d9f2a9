package dev.vyoslab.config;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One keyword of a VyOS version's accepted tree (see {@code keywords-1.3.txt} for the notation). */
final class Keyword {

    /** How the words after a keyword are read. */
    enum Kind {
        /** Children are keywords. */
        NODE,
        /** The next word is a value (checked by the spec); the words after it are children keywords. */
        TAG,
        /** Exactly one value follows. */
        LEAF,
        /** One value follows; the leaf may be set several times. */
        MULTI,
        /** No value follows. */
        FLAG,
        /** Anything follows; not checked. */
        OPEN
    }

    private final String name;
    private final Kind kind;
    private final ValueSpec spec;
    private final List<String> hints;
    private final Map<String, Keyword> children = new LinkedHashMap<>();

    Keyword(String name, Kind kind, ValueSpec spec, List<String> hints) {
        this.name = name;
        this.kind = kind;
        this.spec = spec;
        this.hints = List.copyOf(hints);
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    /** The value spec of a TAG, LEAF or MULTI; null otherwise. */
    ValueSpec spec() {
        return spec;
    }

    /** Wrong words users write for this keyword, e.g. {@code end} for {@code stop}. */
    List<String> hints() {
        return hints;
    }

    Optional<Keyword> child(String word) {
        return Optional.ofNullable(children.get(word));
    }

    Collection<Keyword> children() {
        return Collections.unmodifiableCollection(children.values());
    }

    void add(Keyword child) {
        children.put(child.name, child);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
    }
}
