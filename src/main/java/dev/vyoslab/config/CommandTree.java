package dev.vyoslab.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VyOS's configuration command tree for one release, as generated from VyOS's own sources by
 * {@code tools/command-tree/GenerateCommandTree.java} into {@code tree/vyos-<release>.tree} next to this
 * class (format and sources: docs/command-tree.md).
 */
final class CommandTree {

    /** One source repository the tree was generated from. */
    record Source(String repository, String ref, String commit) {
    }

    /**
     * Where a configuration path leads: the deepest node reached, its value if the path gives one, and
     * the index of the first word the tree does not accept ({@code -1} if it accepts them all).
     */
    record Lookup(CommandNode node, Optional<String> value, int unknownAt, String why) {
        boolean known() {
            return unknownAt < 0;
        }
    }

    private static final Map<String, CommandTree> CACHE = new ConcurrentHashMap<>();

    private final String release;
    private final String generator;
    private final List<Source> sources;
    private final Map<String, Integer> components;
    private final CommandNode root;
    private final int size;

    private CommandTree(String release, String generator, List<Source> sources, Map<String, Integer> components,
                        CommandNode root, int size) {
        this.release = release;
        this.generator = generator;
        this.sources = List.copyOf(sources);
        this.components = Map.copyOf(components);
        this.root = root;
        this.size = size;
    }

    /** The tree of a release: {@code 1.3.4}, {@code 1.4.0}, {@code rolling}. Loaded once, then cached. */
    static CommandTree of(String release) {
        return CACHE.computeIfAbsent(release, r -> parse(resource("tree/vyos-" + r + ".tree")));
    }

    String release() {
        return release;
    }

    /** The generator's name and version, as written in the header. */
    String generator() {
        return generator;
    }

    List<Source> sources() {
        return sources;
    }

    Optional<Source> source(String repository) {
        return sources.stream().filter(s -> s.repository().equals(repository)).findFirst();
    }

    /** The config component versions this release writes into a config.boot footer ({@code nat} -> 5). */
    Map<String, Integer> components() {
        return components;
    }

    CommandNode root() {
        return root;
    }

    /** Number of nodes. */
    int size() {
        return size;
    }

    /** The node at a path of keywords only (tag values left out): {@code interfaces pppoe mru}. */
    Optional<CommandNode> node(String keywords) {
        CommandNode n = root;
        for (String w : keywords.split(" ")) {
            n = n.children().get(w);
            if (n == null) {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    /** Whether this release accepts the whole path as written: every keyword known, the value not refused. */
    boolean accepts(List<String> words) {
        Lookup l = lookup(words);
        return l.known() && l.value().map(v -> l.node().check(v) != ValueRule.Verdict.REFUSES).orElse(true);
    }

    /** Walks a configuration path as written ({@code interfaces pppoe pppoe0 mtu 1492}). */
    Lookup lookup(List<String> words) {
        CommandNode n = root;
        int i = 0;
        while (i < words.size()) {
            CommandNode c = n.children().get(words.get(i));
            if (c == null) {
                return new Lookup(n, Optional.empty(), i, "no '" + words.get(i) + "' under '" + n.name() + "'");
            }
            n = c;
            i++;
            if (n.kind() == CommandNode.Kind.FLAG && i < words.size()) {
                return new Lookup(n, Optional.empty(), i, "'" + n.name() + "' takes no value");
            }
            if (n.kind().takesValue()) {
                if (i == words.size()) {
                    return new Lookup(n, Optional.empty(), i, "'" + n.name() + "' needs a value");
                }
                String value = words.get(i++);
                if (n.kind() != CommandNode.Kind.TAG) {
                    return i == words.size() ? new Lookup(n, Optional.of(value), -1, "")
                            : new Lookup(n, Optional.of(value), i, "'" + n.name() + "' takes one value");
                }
                if (i == words.size()) {
                    return new Lookup(n, Optional.of(value), -1, "");
                }
            }
        }
        return new Lookup(n, Optional.empty(), -1, "");
    }

    private static String resource(String name) {
        try (InputStream in = CommandTree.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no command tree " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the resource; a malformed one is a build error and fails loudly with its line. */
    static CommandTree parse(String text) {
        String release = null;
        String generator = null;
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> components = new HashMap<>();
        Map<String, Map<String, CommandNode>> childrenByPath = new HashMap<>();
        Map<String, CommandNode> top = new LinkedHashMap<>();
        childrenByPath.put("", top);
        int size = 0;
        int lineNo = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            start = end < 0 ? text.length() : end + 1;
            lineNo++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            try {
                if (line.charAt(0) == '%') {
                    String[] w = line.substring(1).strip().split(" ");
                    switch (w[0]) {
                        case "release" -> release = w[1];
                        case "generator" -> generator = w[1] + " " + w[2];
                        case "source" -> sources.add(new Source(w[1], w[2], w[3]));
                        case "component" -> components.put(w[1], Integer.parseInt(w[2]));
                        default -> {
                            // counts and other notes
                        }
                    }
                    continue;
                }
                String[] f = line.split("\t");
                String path = f[0];
                int space = path.lastIndexOf(' ');
                Map<String, CommandNode> siblings = childrenByPath.get(space < 0 ? "" : path.substring(0, space));
                if (siblings == null) {
                    throw new IllegalArgumentException("parent of '" + path + "' not listed before it");
                }
                String name = path.substring(space + 1);
                Optional<String> dflt = Optional.empty();
                List<List<ValueRule>> rules = new ArrayList<>();
                List<ValueRule> clause = new ArrayList<>();
                for (int i = 2; i < f.length; i++) {
                    if (f[i].startsWith("default:")) {
                        dflt = Optional.of(f[i].substring(8));
                    } else if (f[i].equals("&")) {
                        rules.add(clause);
                        clause = new ArrayList<>();
                    } else {
                        clause.add(ValueRule.parse(f[i]));
                    }
                }
                if (!clause.isEmpty()) {
                    rules.add(clause);
                }
                Map<String, CommandNode> children = new LinkedHashMap<>();
                siblings.put(name, new CommandNode(name, CommandNode.Kind.of(f[1]), rules, dflt, children));
                childrenByPath.put(path, children);
                size++;
            } catch (RuntimeException e) {
                throw new IllegalStateException("command tree line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (release == null || generator == null || sources.isEmpty()) {
            throw new IllegalStateException("command tree without its header (release, generator, sources)");
        }
        CommandNode root = new CommandNode("", CommandNode.Kind.NODE, List.of(), Optional.empty(), top);
        return new CommandTree(release, generator, sources, components, root, size);
    }
}
