package dev.vyoslab.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written overlay over the generated {@link CommandTree}, loaded from {@code keywords-<version>.txt} next
 * to this class: did-you-mean hints ({@code ~word}) and which values are secrets, which VyOS's sources do not say.
 * The tree decides what is accepted; the overlay's value shapes only phrase a hint.
 */
final class KeywordTree {

    private static final Map<VyosVersion, KeywordTree> CACHE = new EnumMap<>(VyosVersion.class);

    private final VyosVersion version;
    private final Keyword root = new Keyword("", Keyword.Kind.NODE, null, List.of());

    private KeywordTree(VyosVersion version) {
        this.version = version;
    }

    static synchronized KeywordTree of(VyosVersion version) {
        return CACHE.computeIfAbsent(version, v -> load(v, resource(v)));
    }

    VyosVersion version() {
        return version;
    }

    Keyword root() {
        return root;
    }

    private static String resource(VyosVersion v) {
        String text = resource("keywords-" + v.id() + ".txt");
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("base ")) {
                // a version whose checked paths equal an older one's names it instead of a copy
                return resource("keywords-" + l.substring(5).strip() + ".txt");
            }
            if (!l.isEmpty() && !l.startsWith("#")) {
                break;
            }
        }
        return text;
    }

    private static String resource(String name) {
        try (InputStream in = KeywordTree.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the fixture notation; a malformed fixture is a programming error and fails loudly. */
    static KeywordTree load(VyosVersion version, String text) {
        KeywordTree tree = new KeywordTree(version);
        Map<String, List<Line>> defines = new HashMap<>();
        List<Line> main = new ArrayList<>();
        List<Line> current = main;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String body = raw.strip();
            if (body.isEmpty() || body.startsWith("#")) {
                continue;
            }
            int indent = raw.length() - raw.stripLeading().length();
            if (indent == 0 && body.startsWith("define ")) {
                current = new ArrayList<>();
                defines.put(body.substring(7).strip(), current);
                continue;
            }
            if (indent == 0 && body.equals("end")) {
                current = main;
                continue;
            }
            current.add(new Line(i + 1, indent, body));
        }
        tree.build(tree.root, expand(main, defines, 0));
        return tree;
    }

    private record Line(int number, int indent, String body) {
    }

    /** Replaces {@code include X} lines by the define's lines, re-indented to the include's level. */
    private static List<Line> expand(List<Line> in, Map<String, List<Line>> defines, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("keyword fixture: includes nested too deeply");
        }
        List<Line> out = new ArrayList<>();
        for (Line l : in) {
            if (l.body.startsWith("include ")) {
                String name = l.body.substring(8).strip();
                List<Line> def = defines.get(name);
                if (def == null) {
                    throw new IllegalStateException("keyword fixture line " + l.number + ": no define " + name);
                }
                int base = def.isEmpty() ? 0 : def.get(0).indent;
                for (Line d : expand(def, defines, depth + 1)) {
                    out.add(new Line(d.number, l.indent + d.indent - base, d.body));
                }
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private void build(Keyword parent, List<Line> lines) {
        Deque<Keyword> stack = new ArrayDeque<>();
        Deque<Integer> indents = new ArrayDeque<>();
        stack.push(parent);
        indents.push(-1);
        for (Line l : lines) {
            while (l.indent <= indents.peek()) {
                stack.pop();
                indents.pop();
            }
            Keyword k = parseLine(l);
            stack.peek().add(k);
            stack.push(k);
            indents.push(l.indent);
        }
    }

    private static Keyword parseLine(Line l) {
        String[] f = l.body.split("\\s+");
        List<String> hints = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String w : f) {
            if (w.startsWith("~")) {
                hints.add(w.substring(1));
            } else {
                words.add(w);
            }
        }
        try {
            Keyword.Kind kind = switch (words.get(0)) {
                case "node" -> Keyword.Kind.NODE;
                case "tag" -> Keyword.Kind.TAG;
                case "leaf" -> Keyword.Kind.LEAF;
                case "multi" -> Keyword.Kind.MULTI;
                case "flag" -> Keyword.Kind.FLAG;
                case "open" -> Keyword.Kind.OPEN;
                default -> throw new IllegalArgumentException("unknown kind " + words.get(0));
            };
            boolean valued = kind == Keyword.Kind.TAG || kind == Keyword.Kind.LEAF || kind == Keyword.Kind.MULTI;
            if (words.size() != (valued ? 3 : 2)) {
                throw new IllegalArgumentException("expected " + (valued ? "KIND NAME TYPE" : "KIND NAME"));
            }
            return new Keyword(words.get(1), kind, valued ? ValueSpec.parse(words.get(2)) : null, hints);
        } catch (RuntimeException e) {
            throw new IllegalStateException("keyword fixture line " + l.number + " '" + l.body + "': "
                    + e.getMessage(), e);
        }
    }
}
