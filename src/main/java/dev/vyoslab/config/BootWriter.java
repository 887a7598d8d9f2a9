package dev.vyoslab.config;

import java.util.regex.Pattern;

/**
 * Writes a tree as the {@code config.boot} its release would save, footer included, so that VyOS's migration (its
 * scripts off the router, or a router loading the file) reads a set-command file as it reads a saved config. Which
 * word is a tag value, a leaf value or a valueless leaf comes from the release's command tree.
 */
final class BootWriter {

    private static final Pattern PLAIN = Pattern.compile("[^\\s{}\"'#;]+");

    private final CommandTree commands;
    private final StringBuilder out = new StringBuilder();

    private BootWriter(CommandTree commands) {
        this.commands = commands;
    }

    /** {@code tree} in config.boot form for {@code version}, ending with {@code footer} (component versions). */
    static String write(ConfigTree tree, VyosVersion version, String footer, String release) {
        BootWriter w = new BootWriter(CommandTree.of(version.treeRelease()));
        w.children(tree.root(), w.commands.root(), 0);
        // vyos-1x@1.4.0 python/vyos/component_version.py version_footer(): the footer VyOS writes
        return w.out.append("// Warning: Do not remove the following line.\n// vyos-config-version: \"").append(footer)
                .append("\"\n// Release version: ").append(release).append('\n').toString();
    }

    private void children(ConfigNode node, CommandNode keyword, int depth) {
        for (ConfigNode c : node.children()) {
            CommandNode k = keyword == null ? null : keyword.children().get(c.name());
            if (k == null) {
                unknown(c, depth);
                continue;
            }
            switch (k.kind()) {
                case NODE -> block(name(c.name()), c, k, depth);
                case TAG -> c.children().forEach(v -> block(name(c.name()) + " " + name(v.name()), v, k, depth));
                case LEAF, MULTI -> c.children().forEach(v -> line(depth, name(c.name()) + " " + value(v.name())));
                case FLAG -> line(depth, name(c.name()));
            }
        }
    }

    private void block(String head, ConfigNode node, CommandNode keyword, int depth) {
        line(depth, head + " {");
        children(node, keyword, depth + 1);
        line(depth, "}");
    }

    /** Not in the command tree (a tree that was not checked): a word with children is a block, else a flag. */
    private void unknown(ConfigNode c, int depth) {
        if (c.isLeaf()) {
            line(depth, name(c.name()));
        } else {
            line(depth, name(c.name()) + " {");
            children(c, null, depth + 1);
            line(depth, "}");
        }
    }

    private void line(int depth, String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
    }

    private static String name(String word) {
        return PLAIN.matcher(word).matches() ? word : value(word);
    }

    private static String value(String word) {
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
