package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration as VyOS holds it: a tree of words. Each root-to-leaf path is one
 * {@code set} command. Built by the parsers; read-only for everyone else.
 */
public final class ConfigTree {

    private final ConfigNode root = new ConfigNode("", 0);

    ConfigTree() {
    }

    public ConfigNode root() {
        return root;
    }

    /** The node at {@code path}, if set. */
    public Optional<ConfigNode> node(List<String> path) {
        ConfigNode n = root;
        for (String word : path) {
            Optional<ConfigNode> c = n.child(word);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            n = c.get();
        }
        return Optional.of(n);
    }

    public boolean has(List<String> path) {
        return node(path).isPresent();
    }

    /** The words directly below {@code path}: the values of a leaf, the tag values of a tag node. */
    public List<String> values(List<String> path) {
        return node(path).map(n -> n.children().stream().map(ConfigNode::name).toList()).orElse(List.of());
    }

    /** The single value below {@code path}, if any. */
    public Optional<String> value(List<String> path) {
        List<String> v = values(path);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Every root-to-leaf path, in insertion order: one per {@code set} command. */
    public List<List<String>> paths() {
        List<List<String>> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    public boolean isEmpty() {
        return root.isLeaf();
    }

    /** Adds a full path; returns its leaf. */
    ConfigNode add(List<String> path, int line) {
        ConfigNode n = root;
        for (String word : path) {
            n = n.add(word, line);
        }
        return n;
    }

    /**
     * Removes the node at {@code path} (a {@code delete} command). A parent left without children
     * goes too: deleting a leaf's only value deletes the leaf.
     */
    void remove(List<String> path) {
        if (path.isEmpty()) {
            return;
        }
        Optional<ConfigNode> parent = node(path.subList(0, path.size() - 1));
        parent.ifPresent(p -> {
            p.remove(path.get(path.size() - 1));
            if (p.isLeaf() && path.size() > 1) {
                node(path.subList(0, path.size() - 2)).ifPresent(g -> g.remove(path.get(path.size() - 2)));
            }
        });
    }

    private static void collect(ConfigNode n, List<String> prefix, List<List<String>> out) {
        for (ConfigNode c : n.children()) {
            prefix.add(c.name());
            if (c.isLeaf()) {
                out.add(List.copyOf(prefix));
            } else {
                collect(c, prefix, out);
            }
            prefix.remove(prefix.size() - 1);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigTree other && root.equals(other.root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return root.children().toString();
    }
}
