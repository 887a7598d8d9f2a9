package dev.vyoslab.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads values out of a {@link ConfigTree} for the intent builders and remembers which leaves
 * were read, so that whatever no builder read can be listed as unmodelled.
 */
final class TreeReader {

    private final ConfigTree tree;
    private final Set<ConfigNode> consumed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Intent.Unmodelled> unreadable = new ArrayList<>();

    TreeReader(ConfigTree tree) {
        this.tree = tree;
    }

    ConfigNode root() {
        return tree.root();
    }

    Optional<ConfigNode> node(ConfigNode from, String... path) {
        ConfigNode n = from;
        for (String p : path) {
            Optional<ConfigNode> c = n.child(p);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            n = c.get();
        }
        return Optional.of(n);
    }

    /** The children of the node at {@code path}: the values of a tag node. */
    List<ConfigNode> tags(ConfigNode from, String... path) {
        return node(from, path).map(ConfigNode::children).orElse(List.of());
    }

    /** The single value of a leaf; marks it read. */
    Optional<String> value(ConfigNode from, String... path) {
        List<String> v = values(from, path);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** The values of a multi-value leaf; marks them read. */
    List<String> values(ConfigNode from, String... path) {
        List<String> out = new ArrayList<>();
        for (ConfigNode v : tags(from, path)) {
            consumeAll(v);
            out.add(v.name());
        }
        return out;
    }

    /** True if a valueless leaf is set; marks it read. */
    boolean flag(ConfigNode from, String... path) {
        Optional<ConfigNode> n = node(from, path);
        n.ifPresent(this::consumeAll);
        return n.isPresent();
    }

    /** Line of the node at {@code path}, or of {@code from} if absent. */
    int line(ConfigNode from, String... path) {
        return node(from, path).map(ConfigNode::line).orElse(from.line());
    }

    void consumeAll(ConfigNode n) {
        consumed.add(n);
        n.children().forEach(this::consumeAll);
    }

    /** A value was present but could not be represented in the intent. */
    void unreadable(List<String> path, int line) {
        unreadable.add(new Intent.Unmodelled(path, line));
    }

    /** Leaf paths no builder read, minus the ignored ones, plus the unreadable ones. */
    List<Intent.Unmodelled> unmodelled(List<List<String>> ignoredPatterns) {
        List<Intent.Unmodelled> out = new ArrayList<>(unreadable);
        collect(tree.root(), new ArrayList<>(), ignoredPatterns, out);
        return out;
    }

    private void collect(ConfigNode n, List<String> prefix, List<List<String>> ignored, List<Intent.Unmodelled> out) {
        for (ConfigNode c : n.children()) {
            prefix.add(c.name());
            if (!matchesAny(prefix, ignored)) {
                if (c.isLeaf()) {
                    if (!consumed.contains(c)) {
                        out.add(new Intent.Unmodelled(prefix, c.line()));
                    }
                } else {
                    collect(c, prefix, ignored, out);
                }
            }
            prefix.remove(prefix.size() - 1);
        }
    }

    /** A pattern matches a path that starts with it; {@code *} matches any one word. */
    private static boolean matchesAny(List<String> path, List<List<String>> patterns) {
        for (List<String> p : patterns) {
            if (p.size() <= path.size()) {
                boolean ok = true;
                for (int i = 0; i < p.size() && ok; i++) {
                    ok = p.get(i).equals("*") || p.get(i).equals(path.get(i));
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }
}
