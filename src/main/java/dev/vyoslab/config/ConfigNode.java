package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One word of the configuration tree: a keyword ({@code interfaces}), a tag value ({@code eth0})
 * or a leaf value ({@code 10.0.1.254/24}). A leaf value, or a valueless leaf such as
 * {@code parameters-only}, is a node without children.
 *
 * <p>Equality is structural (names and children, in any order); source lines are not compared,
 * so a tree parsed from set commands equals the same tree parsed from {@code config.boot}.
 */
public final class ConfigNode {

    private final String name;
    private final int line;
    private final Map<String, ConfigNode> children = new LinkedHashMap<>();
    /** The same children in order, so reading them allocates nothing. */
    private final List<ConfigNode> ordered = new ArrayList<>();

    ConfigNode(String name, int line) {
        this.name = Objects.requireNonNull(name);
        this.line = line;
    }

    public String name() {
        return name;
    }

    /** 1-based source line where this node was first set, 0 if it was not read from a file. */
    public int line() {
        return line;
    }

    /** Children in the order they were first set. */
    public List<ConfigNode> children() {
        return Collections.unmodifiableList(ordered);
    }

    public Optional<ConfigNode> child(String word) {
        return Optional.ofNullable(children.get(word));
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Adds (or finds) the child named {@code word}; the first line that set it wins. */
    ConfigNode add(String word, int line) {
        ConfigNode c = children.get(word);
        if (c == null) {
            c = new ConfigNode(word, line);
            children.put(word, c);
            ordered.add(c);
        }
        return c;
    }

    void remove(String word) {
        ConfigNode c = children.remove(word);
        if (c != null) {
            ordered.removeIf(n -> n == c);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigNode other && name.equals(other.name) && children.equals(other.children);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + children.hashCode();
    }

    @Override
    public String toString() {
        return children.isEmpty() ? name : name + " " + children.values();
    }
}
