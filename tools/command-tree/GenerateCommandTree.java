/*
 * Dev tool: derives a VyOS release's configuration command tree from VyOS's own sources and writes it
 * as a resource for dev.vyoslab.config.CommandTree. Run as a Java 17 single-file program; Maven never runs it.
 * See docs/command-tree.md (and regenerate.sh next to this file) for what is read from where.
 *
 *   java tools/command-tree/GenerateCommandTree.java --release 1.3.4 \
 *       --source vyos-1x GITDIR REF COMMIT [--source vyatta-nat GITDIR REF COMMIT ...] --out FILE
 *
 * The first source must be vyos-1x (its interface-definitions/*.xml.in with #include expanded, then the
 * template post-processing of its Makefile). Every further source is a vyatta-cfg-* style template package
 * (node.def trees): its Makefile.am "all-local" generators are run (they are perl scripts; perl must be
 * installed) and the directories its install hook copies into $(cfgdir) are read, as dpkg would install them.
 * Reads local git directories only (git archive of the pinned commit); no network.
 */
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public class GenerateCommandTree {

    /** Bumped whenever the output for the same sources would change. */
    static final String GENERATOR_VERSION = "4";

    record Source(String name, Path gitDir, String ref, String commit) {
    }

    public static void main(String[] args) throws Exception {
        String release = null;
        Path out = null;
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--release" -> release = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--source" -> {
                    sources.add(new Source(args[i + 1], Path.of(args[i + 2]), args[i + 3], args[i + 4]));
                    i += 4;
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (release == null || out == null || sources.isEmpty() || !sources.get(0).name().equals("vyos-1x")) {
            usage("need --release, --out and --source vyos-1x ... first");
        }
        Report report = new Report();
        TNode root = new TNode("");
        Map<String, Integer> components = new TreeMap<>();
        Path work = Files.createTempDirectory("command-tree-");
        try {
            for (int i = 0; i < sources.size(); i++) {
                Source s = sources.get(i);
                Path dir = work.resolve(s.name());
                Git.extract(s, dir);
                ComponentVersions.read(dir, components);
                if (i == 0) {
                    XmlDefinitions.read(dir.resolve("interface-definitions"), root, report);
                    MakefileSteps.apply(dir.resolve("Makefile"), root, report);
                } else {
                    for (Path templates : TemplatePackage.build(dir, report)) {
                        NodeDefTree.read(templates, root, s.name(), report);
                    }
                }
            }
        } finally {
            deleteTree(work);
        }
        Writer.write(out, release, sources, components, root, report);
        report.print(System.err);
    }

    static void usage(String why) {
        System.err.println(why);
        System.err.println("usage: GenerateCommandTree --release ID --out FILE --source vyos-1x GITDIR REF COMMIT"
                + " [--source NAME GITDIR REF COMMIT]...");
        System.exit(2);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    static String run(Path dir, List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("'" + String.join(" ", cmd) + "' in " + dir + " exited " + rc
                        + ": " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

/** Counts and notes printed at the end, so every approximation is visible to whoever regenerates. */
final class Report {
    final Map<String, Integer> counts = new TreeMap<>();
    final Map<String, Set<String>> notes = new TreeMap<>();

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void note(String what, String example) {
        count(what);
        Set<String> s = notes.computeIfAbsent(what, k -> new TreeSet<>());
        if (s.size() < 8) {
            s.add(example);
        }
    }

    void print(java.io.PrintStream out) {
        counts.forEach((k, v) -> {
            out.println(v + "\t" + k);
            for (String e : notes.getOrDefault(k, Set.of())) {
                out.println("\t\t" + e);
            }
        });
    }
}

/** One node of the tree being built. Value rules are clauses (all must hold) of alternatives (one must). */
final class TNode {
    final String name;
    final TreeMap<String, TNode> children = new TreeMap<>();
    String kind = "node";
    boolean defined;
    String origin = "";
    List<List<String>> clauses = new ArrayList<>();
    String defaultValue;

    TNode(String name) {
        this.name = name;
    }

    TNode child(String word) {
        return children.computeIfAbsent(word, TNode::new);
    }

    Optional<TNode> find(List<String> path) {
        TNode n = this;
        for (String w : path) {
            n = n.children.get(w);
            if (n == null) {
                return Optional.empty();
            }
        }
        return Optional.of(n);
    }

    void copyDefinition(TNode from) {
        kind = from.kind;
        defined = from.defined;
        origin = from.origin;
        clauses = new ArrayList<>(from.clauses);
        defaultValue = from.defaultValue;
    }
}

final class Git {
    private Git() {
    }

    static void extract(GenerateCommandTree.Source s, Path dir) throws IOException {
        String resolved = GenerateCommandTree.run(Path.of("."), List.of("git", "--git-dir=" + s.gitDir(),
                "rev-parse", "--verify", s.commit() + "^{commit}")).strip();
        if (!resolved.equals(s.commit())) {
            throw new IllegalStateException(s.name() + ": commit " + s.commit() + " resolves to " + resolved
                    + "; pass the full 40-digit commit");
        }
        Files.createDirectories(dir);
        Path tar = dir.resolveSibling(s.name() + ".tar");
        GenerateCommandTree.run(Path.of("."), List.of("git", "--git-dir=" + s.gitDir(), "archive",
                "--output=" + tar, s.commit()));
        GenerateCommandTree.run(dir, List.of("tar", "-xf", tar.toString()));
        Files.delete(tar);
    }
}

/**
 * The config component versions a release writes into a config.boot's footer: the target of the last
 * migration script per component (vyos-1x {@code src/migration-scripts/COMPONENT/N-to-M}) and, in the 1.3
 * template packages, the {@code cfg-version/COMPONENT@N} files they install. Where two sources name the
 * same component, the higher version is kept.
 */
final class ComponentVersions {
    private static final Pattern SCRIPT = Pattern.compile("\\d+-to-(\\d+)");
    private static final Pattern CFG_VERSION = Pattern.compile("([\\w-]+)@(\\d+)");

    private ComponentVersions() {
    }

    static void read(Path source, Map<String, Integer> into) throws IOException {
        Path scripts = source.resolve("src/migration-scripts");
        if (Files.isDirectory(scripts)) {
            try (Stream<Path> files = Files.walk(scripts, 2)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = SCRIPT.matcher(f.getFileName().toString());
                    if (m.matches() && !f.getParent().equals(scripts)) {
                        into.merge(f.getParent().getFileName().toString(), Integer.parseInt(m.group(1)), Math::max);
                    }
                }
            }
        }
        Path cfg = source.resolve("cfg-version");
        if (Files.isDirectory(cfg)) {
            try (Stream<Path> files = Files.list(cfg)) {
                for (Path f : files.toList()) {
                    Matcher m = CFG_VERSION.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        into.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                    }
                }
            }
        }
    }
}

/** vyos-1x interface-definitions: XML with cpp-style #include lines, merged by path as the build does. */
final class XmlDefinitions {
    private static final Pattern INCLUDE = Pattern.compile("^\\s*#include\\s+<([^>]+)>\\s*$");

    private XmlDefinitions() {
    }

    static void read(Path defs, TNode root, Report report) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(defs)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".xml.in")).sorted().toList();
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        for (Path file : files) {
            String xml = expand(file, defs, 0);
            Element top = f.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            walk(top, root, defs.relativize(file).toString(), report);
            report.count("xml files read");
        }
    }

    /** Expands {@code #include <include/x.xml.i>} recursively, relative to interface-definitions/ (cpp -I). */
    static String expand(Path file, Path base, int depth) throws IOException {
        if (depth > 20) {
            throw new IllegalStateException("include depth > 20 at " + file);
        }
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = INCLUDE.matcher(line);
            if (m.matches()) {
                out.append(expand(base.resolve(m.group(1)), base, depth + 1));
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static void walk(Element parent, TNode into, String file, Report report) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String tag = e.getTagName();
            if (tag.equals("children")) {
                walk(e, into, file, report);
                continue;
            }
            if (!tag.equals("node") && !tag.equals("tagNode") && !tag.equals("leafNode")) {
                continue;
            }
            TNode n = into.child(e.getAttribute("name"));
            Element props = first(e, "properties");
            String kind = switch (tag) {
                case "tagNode" -> "tag";
                case "leafNode" -> props != null && first(props, "valueless") != null ? "flag"
                        : props != null && first(props, "multi") != null ? "multi" : "leaf";
                default -> "node";
            };
            if (n.defined && !n.kind.equals(kind)) {
                report.note("xml: same path defined with different kinds (last wins)", file + ": " + e.getAttribute("name"));
            }
            n.kind = kind;
            n.defined = true;
            n.origin = "vyos-1x";
            if (props != null) {
                List<List<String>> clauses = Constraints.fromXml(props, report);
                if (!clauses.isEmpty() || first(props, "constraint") != null) {
                    n.clauses = clauses;
                }
            }
            // the schema puts defaultValue beside properties; accept it inside too.
            // override-default: the last defaultValue in document order wins
            Element dv = first(e, "defaultValue");
            if (dv == null && props != null) {
                dv = first(props, "defaultValue");
            }
            if (dv != null) {
                n.defaultValue = dv.getTextContent().strip();
            }
            walk(e, n, file, report);
        }
    }

    static Element first(Element parent, String tag) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> all(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}

/**
 * The template post-processing in vyos-1x's Makefile (target interface_definitions): {@code rm -rf} of a
 * subtree, {@code rm -f .../node.def} (the node is defined by another package), {@code mkdir} and
 * {@code cp .../node.def} (a node copied from another one).
 */
final class MakefileSteps {
    private static final String T = "$(TMPL_DIR)/";

    private MakefileSteps() {
    }

    static void apply(Path makefile, TNode root, Report report) throws IOException {
        boolean in = false;
        for (String raw : Files.readAllLines(makefile)) {
            if (!raw.startsWith("\t") && !raw.isBlank() && !raw.startsWith("#")) {
                in = raw.startsWith("interface_definitions:");
                continue;
            }
            String line = raw.strip();
            if (!in || !line.contains(T) || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split("\\s+");
            if (w[0].equals("rm") && w[1].equals("-rf") && w[2].startsWith(T)) {
                List<String> p = path(w[2]);
                root.find(p.subList(0, p.size() - 1)).ifPresent(parent -> parent.children.remove(p.get(p.size() - 1)));
                report.note("makefile: subtree removed", String.join(" ", p));
            } else if (w[0].equals("rm") && w[1].equals("-f") && w[2].endsWith("/node.def")) {
                List<String> p = path(w[2].substring(0, w[2].length() - "/node.def".length()));
                root.find(p).ifPresent(n -> n.defined = false);
                report.note("makefile: node.def left to another package", String.join(" ", p));
            } else if (w[0].equals("mkdir")) {
                TNode n = root;
                for (String word : path(w[w.length - 1])) {
                    n = n.child(word);
                }
            } else if (w[0].equals("cp") && w[1].endsWith("/node.def")) {
                List<String> from = path(w[1].substring(0, w[1].length() - "/node.def".length()));
                TNode to = root;
                for (String word : path(w[2])) {
                    to = to.child(word);
                }
                TNode target = to;
                root.find(from).ifPresent(target::copyDefinition);
                report.note("makefile: node definition copied", String.join(" ", from) + " -> " + target.name);
            } else {
                report.note("makefile: recipe line not understood (ignored)", line);
            }
        }
    }

    private static List<String> path(String word) {
        List<String> out = new ArrayList<>();
        for (String s : word.substring(word.indexOf(T) + T.length()).split("/")) {
            if (!s.isEmpty() && !s.equals("node.tag")) {
                out.add(s);
            }
        }
        return out;
    }
}

/** A vyatta-cfg-* package as its Makefile.am builds and installs it. */
final class TemplatePackage {
    private static final Pattern VAR = Pattern.compile("^([A-Za-z_]+)\\s*=\\s*(.*)$");
    private static final Pattern INSTALL = Pattern.compile("cd\\s+([^;\\s]+)\\s*;\\s*\\$\\(cpiop\\)\\s+\\$\\(DESTDIR\\)\\$\\(cfgdir\\)");

    private TemplatePackage() {
    }

    /** Runs the all-local recipe (template generators) and returns the template roots it installs. */
    static List<Path> build(Path dir, Report report) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("Makefile.am"));
        Map<String, String> vars = new LinkedHashMap<>();
        List<Path> roots = new ArrayList<>();
        String target = "";
        for (String raw : lines) {
            Matcher v = VAR.matcher(raw);
            if (!raw.startsWith("\t") && v.matches()) {
                vars.put(v.group(1), v.group(2).strip());
                continue;
            }
            if (!raw.startsWith("\t") && raw.contains(":")) {
                target = raw.substring(0, raw.indexOf(':')).strip();
                continue;
            }
            if (!raw.startsWith("\t")) {
                continue;
            }
            String cmd = raw.strip();
            if (target.equals("all-local")) {
                String expanded = cmd;
                for (Map.Entry<String, String> e : vars.entrySet()) {
                    expanded = expanded.replace("$(" + e.getKey() + ")", e.getValue());
                }
                GenerateCommandTree.run(dir, List.of("sh", "-c", expanded));
                report.note("templates: generator run", dir.getFileName() + ": " + expanded);
            }
            Matcher m = INSTALL.matcher(cmd);
            if (m.find()) {
                String d = m.group(1);
                for (Map.Entry<String, String> e : vars.entrySet()) {
                    d = d.replace("$(" + e.getKey() + ")", e.getValue());
                }
                roots.add(dir.resolve(d));
            }
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException(dir + "/Makefile.am installs no templates into $(cfgdir)");
        }
        return roots;
    }
}

/** A tree of node.def files: a directory per node; {@code node.tag/} holds a tag node's children. */
final class NodeDefTree {
    private NodeDefTree() {
    }

    static void read(Path root, TNode into, String origin, Report report) throws IOException {
        if (!Files.isDirectory(root)) {
            report.note("templates: install root missing (skipped)", root.toString());
            return;
        }
        readDir(root, into, origin, report, "");
    }

    private static void readDir(Path dir, TNode into, String origin, Report report, String path) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path d : entries) {
            String word = d.getFileName().toString();
            if (word.equals("node.tag")) {
                continue;
            }
            TNode n = into.child(word);
            String p = path.isEmpty() ? word : path + " " + word;
            Path def = d.resolve("node.def");
            Path tagDir = d.resolve("node.tag");
            boolean hasChildren = hasSubdirs(d, true) || Files.isDirectory(tagDir) && hasSubdirs(tagDir, false);
            if (Files.isRegularFile(def)) {
                Map<String, List<String>> f = NodeDef.parse(Files.readString(def, StandardCharsets.ISO_8859_1));
                if (n.defined && !n.origin.equals(origin)) {
                    report.note("templates: node defined by two sources (" + n.origin + ", then " + origin
                            + "; the later wins)", p);
                }
                boolean typed = f.containsKey("type");
                String kind = f.containsKey("tag") ? "tag" : !typed ? (hasChildren ? "node" : "flag")
                        : f.containsKey("multi") ? "multi" : "leaf";
                if (typed && !f.containsKey("tag") && hasChildren) {
                    report.note("templates: typed non-tag node with children (kept as node)", p);
                    kind = "node";
                }
                n.kind = kind;
                n.defined = true;
                n.origin = origin;
                n.clauses = kind.equals("node") || kind.equals("flag") ? new ArrayList<>()
                        : Constraints.fromNodeDef(f, p, report);
                List<String> dv = f.get("default");
                n.defaultValue = dv == null ? null : NodeDef.unquote(dv.get(dv.size() - 1).strip());
                report.count("templates: node.def read");
            } else if (!n.defined) {
                // a directory without node.def (e.g. the ip/ipv6 dirs vyos-1x's Makefile creates)
                n.kind = Files.isDirectory(tagDir) ? "tag" : "node";
            }
            readDir(d, n, origin, report, p);
            if (Files.isDirectory(tagDir)) {
                readDir(tagDir, n, origin, report, p);
            }
        }
    }

    private static boolean hasSubdirs(Path d, boolean exceptTag) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.anyMatch(p -> Files.isDirectory(p) && !(exceptTag && p.getFileName().toString().equals("node.tag")));
        }
    }
}

/** The fields of one node.def: a field starts at column 0 with {@code name:}; other lines continue it. */
final class NodeDef {
    private static final Pattern FIELD = Pattern.compile(
            "^(tag|multi|type|default|help|val_help|comp_help|allowed|enumeration|priority|syntax:expression"
                    + "|commit:expression|[a-z]+:expression|create|update|delete|begin|end|activate):(.*)$");

    private NodeDef() {
    }

    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                current = out.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                current.add(m.group(2));
            } else if (line.startsWith("#")) {
                // a comment line
            } else if (current != null) {
                current.set(current.size() - 1, current.get(current.size() - 1) + "\n" + line);
            }
        }
        return out;
    }

    static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}

/**
 * Value rules in the tree's notation: a node's rules are clauses that must all hold, each a list of
 * alternatives of which one must hold. Alternatives:
 * {@code re:R} (VyOS regex: PCRE {@code ^R$} searched, as vyos-utils' validate-value does),
 * {@code find:R} / {@code not-find:R} (vyatta-cfg {@code pattern}: POSIX ERE searched, unanchored),
 * {@code num:SPEC} (the numeric validator: ranges {@code LO..HI}, flags), {@code is:NAME} (a named format),
 * {@code lit:WORD}, {@code unchecked:WHAT} (a rule this tree cannot express: accepts any value).
 */
final class Constraints {
    /** VyOS validators the tree names as they are (the Java side implements each). */
    static final Set<String> NAMED = Set.of("ipv4", "ipv4-address", "ipv4-prefix", "ipv4-host", "ipv4-range",
            "ipv4-multicast", "ipv4-address-exclude", "ipv4-prefix-exclude", "ipv4-range-exclude", "ipv4-range-mask",
            "ipv6", "ipv6-address", "ipv6-prefix", "ipv6-host", "ipv6-range", "ipv6-multicast", "ipv6-link-local",
            "ipv6-eui64-prefix", "ipv6-duid", "ipv6-address-exclude", "ipv6-prefix-exclude", "ipv6-range-exclude",
            "ipv6-exclude", "ip-address", "ip-prefix", "ip-host", "ip-cidr", "ip-protocol", "mac-address",
            "mac-address-exclude", "fqdn", "port-range", "port-multi", "port-range-exclude", "numeric-exclude",
            "base64", "timezone", "vrf-name", "dotted-decimal", "allowed-vlan", "as-number-list",
            "bgp-extended-community", "bgp-large-community", "bgp-large-community-list", "bgp-regular-community",
            "ddclient-protocol", "psk-secret", "ipv6-srv6-segments", "url");
    /** Validators whose answer depends on the router (its files, hardware, kernel): not checkable offline. */
    static final Set<String> ROUTER_DEPENDENT = Set.of("file-path", "file-exists", "script", "wireless-phy", "sysctl");
    /** vyatta-cfg's built-in node.def types. */
    static final Map<String, List<String>> VYATTA_TYPES = Map.of("txt", List.of(), "u32", List.of("is:u32"),
            "ipv4", List.of("is:ipv4-address"), "ipv4net", List.of("is:ipv4-net"), "ipv6", List.of("is:ipv6-address"),
            "ipv6net", List.of("is:ipv6-net"), "macaddr", List.of("is:mac-address"), "bool", List.of("lit:true", "lit:false"));
    /** Types of vyatta-cfg's vyatta-validate-type(.pl), as exec'd from node.def files. */
    static final Map<String, String> VALIDATE_TYPE = Map.of("ipv4", "is:ipv4-address", "protocol", "is:ip-protocol",
            "protocol_negate", "is:ip-protocol-negatable", "macaddr_negate", "is:mac-address-negatable");

    private Constraints() {
    }

    static List<List<String>> fromXml(Element props, Report report) {
        List<String> alternatives = new ArrayList<>();
        for (Element c : XmlDefinitions.all(props, "constraint")) {
            alternatives.addAll(atoms(c, report));
        }
        List<List<String>> clauses = new ArrayList<>();
        List<Element> groups = XmlDefinitions.all(props, "constraintGroup");
        if (groups.isEmpty()) {
            if (!alternatives.isEmpty()) {
                clauses.add(alternatives);
            }
            return clauses;
        }
        // (A | B | (C & D)) == (A | B | C) & (A | B | D): distribute each group over the alternatives
        List<List<String>> product = new ArrayList<>(List.of(alternatives));
        for (Element g : groups) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> partial : product) {
                for (String atom : atoms(g, report)) {
                    List<String> c = new ArrayList<>(partial);
                    c.add(atom);
                    next.add(c);
                }
            }
            product = next;
        }
        report.count("xml: constraintGroup distributed into clauses");
        return product;
    }

    private static List<String> atoms(Element constraint, Report report) {
        List<String> out = new ArrayList<>();
        for (Node c = constraint.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (e.getTagName().equals("regex")) {
                out.add(regex("re:", e.getTextContent().strip(), false, report));
            } else if (e.getTagName().equals("validator")) {
                String[] nameAndArgs = e.getAttribute("name").strip().split("\\s+", 2);
                String args = ((nameAndArgs.length > 1 ? nameAndArgs[1] : "") + " " + e.getAttribute("argument")).strip();
                out.add(validator(nameAndArgs[0], args, report));
            }
        }
        return out;
    }

    static String validator(String name, String args, Report report) {
        List<String> a = args.isEmpty() ? List.of() : List.of(args.split("\\s+"));
        switch (name) {
            case "numeric" -> {
                List<String> spec = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    switch (a.get(i)) {
                        case "--range" -> {
                            if (i + 1 < a.size()) {
                                spec.add(a.get(++i).replaceFirst("^(-?[0-9.]+)-(-?[0-9.]+)$", "$1..$2"));
                            }
                        }
                        case "--positive" -> spec.add(0, "positive");
                        case "--non-negative" -> spec.add(0, "non-negative");
                        case "--float" -> spec.add(0, "float");
                        case "--allow-range" -> spec.add(0, "allow-range");
                        case "--relative" -> spec.add(0, "relative");
                        case "--" -> {
                        }
                        default -> report.note("xml: numeric argument ignored (as numeric ignores it)", args);
                    }
                }
                return "num:" + String.join(",", spec);
            }
            case "range" -> {
                Matcher m = Pattern.compile("--min=(\\d+) --max=(\\d+)").matcher(args);
                return m.find() ? "num:only-range," + m.group(1) + ".." + m.group(2) : "num:only-range";
            }
            case "bgp-rd-rt" -> {
                return "is:bgp-" + args.replaceFirst("^--", "");
            }
            case "url" -> {
                return args.contains("--file-transport") ? "is:url-file-transport" : "is:url";
            }
            default -> {
                if (NAMED.contains(name)) {
                    return "is:" + name;
                }
                if (ROUTER_DEPENDENT.contains(name)) {
                    report.note("validator depends on the router (unchecked)", name);
                    return "unchecked:" + name;
                }
                report.note("validator not mapped (unchecked)", name + " " + args);
                return "unchecked:" + name;
            }
        }
    }

    /** A regex as Java can compile it: POSIX bracket classes become \p{..}; fails over to unchecked. */
    static String regex(String prefix, String re, boolean ere, Report report) {
        String java = PosixRegex.toJava(re, ere);
        try {
            Pattern.compile(prefix.equals("re:") ? "^" + java + "$" : java);
        } catch (PatternSyntaxException e) {
            report.note("regex Java cannot compile (unchecked)", re);
            return "unchecked:regex";
        }
        if (java.contains("\t") || java.contains("\n")) {
            java = java.replace("\t", "\\t").replace("\n", "\\n");
        }
        return prefix + java;
    }

    static List<List<String>> fromNodeDef(Map<String, List<String>> f, String path, Report report) {
        List<List<String>> clauses = new ArrayList<>();
        if (f.containsKey("type")) {
            List<String> alts = new ArrayList<>();
            String t = f.get("type").get(0);
            t = t.contains(";") ? t.substring(0, t.indexOf(';')) : t;
            for (String one : t.split(",")) {
                List<String> mapped = VYATTA_TYPES.get(one.strip());
                if (mapped == null) {
                    report.note("templates: unknown type (unchecked)", path + ": " + one);
                    alts.add("unchecked:type " + one.strip());
                } else if (mapped.isEmpty()) {
                    alts.clear();
                    break;
                } else {
                    alts.addAll(mapped);
                }
            }
            if (!alts.isEmpty()) {
                clauses.add(alts);
            }
        }
        for (String expr : f.getOrDefault("syntax:expression", List.of())) {
            try {
                Formula formula = new ExprParser(expr).parse();
                if (formula.crossNode()) {
                    report.note("templates: syntax:expression about other nodes (left to commit checks)", path);
                    continue;
                }
                clauses.addAll(formula.cnf(report));
            } catch (RuntimeException e) {
                report.note("templates: syntax:expression not parsed (unchecked)", path + ": " + e.getMessage());
                clauses.add(List.of("unchecked:syntax"));
            }
        }
        return clauses;
    }
}

/** Translates POSIX bracket classes to Java; in ERE a backslash inside brackets is a literal. */
final class PosixRegex {
    private static final Map<String, String> CLASSES = Map.ofEntries(Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "\\p{Digit}"), Map.entry("xdigit", "\\p{XDigit}"),
            Map.entry("space", "\\s"), Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"),
            // PCRE (vyos-utils validate-value) also knows [:ascii:]; vyos-1x@1.4.0 include/generic-password.xml.i uses it
            Map.entry("ascii", "\\p{ASCII}"));

    private PosixRegex() {
    }

    static String toJava(String re, boolean ere) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < re.length()) {
                out.append(c).append(re.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                i = bracket(re, i, out, ere);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int bracket(String re, int start, StringBuilder out, boolean ere) {
        int i = start + 1;
        out.append('[');
        if (i < re.length() && re.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        boolean afterClass = false;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == ']' && !first) {
                out.append(']');
                return i + 1;
            }
            if (c == '[' && re.startsWith("[:", i)) {
                int end = re.indexOf(":]", i + 2);
                String name = end < 0 ? null : re.substring(i + 2, end);
                if (name != null && CLASSES.containsKey(name)) {
                    out.append(CLASSES.get(name));
                    i = end + 2;
                    first = false;
                    afterClass = true;
                    continue;
                }
            }
            if (c == '\\' && !ere && i + 1 < re.length()) {
                out.append(c).append(re.charAt(i + 1));
                i += 2;
            } else if (c == '-' && afterClass) {
                out.append("\\-");
                i++;
            } else if (c == '[' || c == '&' || (c == '\\' && ere) || (c == '^' && !first)) {
                out.append('\\').append(c);
                i++;
            } else {
                out.append(c);
                i++;
            }
            first = false;
            afterClass = false;
        }
        throw new IllegalArgumentException("unterminated bracket in " + re);
    }
}

/** A parsed vyatta-cfg syntax:expression (the grammar of vyatta-cfg's cli_def.l/cli_parse.y, subset). */
sealed interface Formula {
    record Atom(String rule) implements Formula {
    }

    record Cmp(String op, double number) implements Formula {
    }

    record Other(String why, boolean crossNode) implements Formula {
    }

    record And(List<Formula> parts) implements Formula {
    }

    record Or(List<Formula> parts) implements Formula {
    }

    record Not(Formula part) implements Formula {
    }

    default boolean crossNode() {
        if (this instanceof Other o) {
            return o.crossNode();
        }
        if (this instanceof And a) {
            return a.parts().stream().anyMatch(Formula::crossNode);
        }
        if (this instanceof Or o) {
            return o.parts().stream().anyMatch(Formula::crossNode);
        }
        return this instanceof Not n && n.part().crossNode();
    }

    /** Conjunctive normal form in the tree's notation; numeric comparisons joined by && become one range. */
    default List<List<String>> cnf(Report report) {
        Formula f = fold(this);
        if (f instanceof And a) {
            List<List<String>> out = new ArrayList<>();
            for (Formula p : a.parts()) {
                out.addAll(p.cnf(report));
            }
            return out;
        }
        if (f instanceof Or o) {
            List<List<String>> product = new ArrayList<>(List.of(List.of()));
            for (Formula p : o.parts()) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> partial : product) {
                    for (List<String> clause : p.cnf(report)) {
                        List<String> c = new ArrayList<>(partial);
                        c.addAll(clause);
                        next.add(c);
                    }
                }
                product = next;
            }
            return product;
        }
        if (f instanceof Atom at) {
            return List.of(List.of(at.rule()));
        }
        if (f instanceof Other o) {
            report.note("templates: expression part not expressible (unchecked)", o.why());
            return List.of(List.of("unchecked:" + o.why()));
        }
        report.note("templates: negation not expressible (unchecked)", f.toString());
        return List.of(List.of("unchecked:negation"));
    }

    private static Formula fold(Formula f) {
        if (f instanceof Cmp c) {
            return range(List.of(c));
        }
        if (f instanceof And a && a.parts().stream().allMatch(p -> p instanceof Cmp)) {
            return range(a.parts().stream().map(p -> (Cmp) p).toList());
        }
        if (f instanceof Not n && n.part() instanceof Atom at && at.rule().startsWith("find:")) {
            return new Atom("not-" + at.rule());
        }
        return f;
    }

    private static Formula range(List<Cmp> cmps) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (Cmp c : cmps) {
            switch (c.op()) {
                case ">" -> lo = Math.max(lo, c.number() + 1);
                case ">=" -> lo = Math.max(lo, c.number());
                case "<" -> hi = Math.min(hi, c.number() - 1);
                case "<=" -> hi = Math.min(hi, c.number());
                case "==" -> {
                    lo = Math.max(lo, c.number());
                    hi = Math.min(hi, c.number());
                }
                default -> {
                    return new Other("comparison " + c.op(), false);
                }
            }
        }
        return new Atom("num:" + (lo == Double.NEGATIVE_INFINITY ? "" : String.valueOf((long) lo)) + ".."
                + (hi == Double.POSITIVE_INFINITY ? "" : String.valueOf((long) hi)));
    }
}

/** Tokenizes like vyatta-cfg's lexer (strings lose their backslashes, \\n is a newline) and parses. */
final class ExprParser {
    private final List<String> tokens = new ArrayList<>();
    private final List<Boolean> quoted = new ArrayList<>();
    private int pos;

    ExprParser(String text) {
        String t = text.replace("\\\n", "");
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '`') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < t.length() && t.charAt(j) != c) {
                    if (t.charAt(j) == '\\' && j + 1 < t.length()) {
                        char e = t.charAt(j + 1);
                        s.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> e;
                        });
                        j += 2;
                    } else {
                        s.append(t.charAt(j++));
                    }
                }
                add(s.toString(), true);
                i = j + 1;
            } else if (t.startsWith("$VAR(", i)) {
                int j = t.indexOf(')', i);
                add(t.substring(i, j + 1), false);
                i = j + 1;
            } else if (opAt(t, i) != null) {
                String op = opAt(t, i);
                add(op, false);
                i += op.length();
            } else {
                int j = i;
                while (j < t.length() && !Character.isWhitespace(t.charAt(j)) && "\"`".indexOf(t.charAt(j)) < 0
                        && opAt(t, j) == null && !(j > i && t.startsWith("$VAR(", j))) {
                    j++;
                }
                add(t.substring(i, j), false);
                i = j;
            }
        }
    }

    private static final List<String> OPS = List.of("&&", "||", ">=", "<=", "==", "!=", ">", "<", "!", "(", ")",
            ",", ";");

    private static String opAt(String t, int i) {
        for (String op : OPS) {
            if (t.startsWith(op, i)) {
                return op;
            }
        }
        return null;
    }

    private void add(String s, boolean q) {
        tokens.add(s);
        quoted.add(q);
    }

    Formula parse() {
        Formula f = or();
        if (pos < tokens.size() && !(tokens.get(pos).equals(";") && !quoted.get(pos))) {
            throw new IllegalArgumentException("unexpected '" + tokens.get(pos) + "'");
        }
        return f;
    }

    private boolean at(String s) {
        return pos < tokens.size() && !quoted.get(pos) && tokens.get(pos).equals(s);
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("expression ends early");
        }
        return tokens.get(pos++);
    }

    private Formula or() {
        List<Formula> parts = new ArrayList<>(List.of(and()));
        while (at("||")) {
            pos++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Formula.Or(parts);
    }

    private Formula and() {
        List<Formula> parts = new ArrayList<>(List.of(unary()));
        while (at("&&")) {
            pos++;
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Formula.And(parts);
    }

    private Formula unary() {
        if (at("!")) {
            pos++;
            return new Formula.Not(unary());
        }
        if (at("(")) {
            pos++;
            Formula f = or();
            if (!at(")")) {
                throw new IllegalArgumentException("missing ')'");
            }
            pos++;
            return f;
        }
        if (at("pattern")) {
            pos++;
            String var = next();
            String re = next();
            if (!var.equals("$VAR(@)")) {
                return new Formula.Other("pattern on " + var, true);
            }
            return new Formula.Atom(Constraints.regex("find:", re, true, SILENT));
        }
        if (at("exec")) {
            pos++;
            return exec(next());
        }
        String left = next();
        String op = next();
        if (!left.equals("$VAR(@)")) {
            skipOperand(op);
            return new Formula.Other("test on " + left, true);
        }
        if (op.equals("in")) {
            List<String> words = new ArrayList<>(List.of("lit:" + next()));
            while (at(",")) {
                pos++;
                words.add("lit:" + next());
            }
            return words.size() == 1 ? new Formula.Atom(words.get(0)) : new Formula.Or(words.stream()
                    .map(w -> (Formula) new Formula.Atom(w)).toList());
        }
        int rightPos = pos;
        String right = next();
        if (right.startsWith("$VAR(")) {
            return new Formula.Other("comparison with " + right, true);
        }
        if (!quoted.get(rightPos) && right.matches("-?[0-9]+")) {
            return new Formula.Cmp(op, Double.parseDouble(right));
        }
        if (op.equals("==")) {
            return new Formula.Atom("lit:" + right);
        }
        if (op.equals("!=")) {
            return new Formula.Atom("not-find:^" + Pattern.quote(right) + "$");
        }
        return new Formula.Other("comparison " + op + " " + right, false);
    }

    private void skipOperand(String op) {
        next();
        while (op.equals("in") && at(",")) {
            pos++;
            next();
        }
    }

    private static final Report SILENT = new Report();
    private static final Pattern VALIDATE_TYPE = Pattern.compile(
            "^(?:/opt/vyatta/sbin/)?vyatta-validate-type(?:\\.pl)?\\s+(?:-q\\s+)?([a-z0-9_]+)\\s+'?\\$VAR\\(@\\)'?$");
    private static final Pattern VYOS_VALIDATOR = Pattern.compile(
            "^\\$\\{vyos_validators_dir\\}/([a-z0-9-]+)((?:\\s+--?[a-z-]+(?:\\s+[^'$\\s]+)?)*)\\s+'?\\$VAR\\(@\\)'?$");

    // ipaddrcheck's --is-*-net is what vyos-1x's ipv4-prefix/ipv6-prefix/ip-prefix validators run (host bits zero)
    private static final Pattern IPADDRCHECK_NET = Pattern.compile(
            "^ipaddrcheck\\s+(?:--verbose\\s+)?--is-(ipv4|ipv6|any)-net\\s+'?\\$VAR\\(@\\)'?$");

    private static Formula exec(String script) {
        String s = script.strip();
        Matcher net = IPADDRCHECK_NET.matcher(s);
        if (net.matches()) {
            return new Formula.Atom("is:" + (net.group(1).equals("any") ? "ip" : net.group(1)) + "-prefix");
        }
        Matcher m = VALIDATE_TYPE.matcher(s);
        if (m.matches() && Constraints.VALIDATE_TYPE.containsKey(m.group(1))) {
            return new Formula.Atom(Constraints.VALIDATE_TYPE.get(m.group(1)));
        }
        if (m.matches()) {
            return new Formula.Other("vyatta-validate-type " + m.group(1), false);
        }
        Matcher v = VYOS_VALIDATOR.matcher(s);
        if (v.matches()) {
            return new Formula.Atom(Constraints.validator(v.group(1), v.group(2).strip(), SILENT));
        }
        Matcher name = Pattern.compile("([A-Za-z0-9_.-]+\\.(?:pl|sh|py)|vyatta-[a-z-]+|[a-z_]+-[a-z_-]+)").matcher(s);
        return new Formula.Other("exec " + (name.find() ? name.group(1) : "script"), false);
    }
}

/** Writes the resource: a header, then one line per node, depth first, children by name. */
final class Writer {
    private Writer() {
    }

    static void write(Path out, String release, List<GenerateCommandTree.Source> sources,
                      Map<String, Integer> components, TNode root, Report report)
            throws IOException {
        List<String> body = new ArrayList<>();
        for (TNode c : root.children.values()) {
            lines(c, c.name, body, report);
        }
        StringBuilder s = new StringBuilder();
        s.append("# VyOS ").append(release).append(" configuration command tree, generated from VyOS's sources by\n")
                .append("# tools/command-tree/GenerateCommandTree.java; do not edit (see docs/command-tree.md).\n")
                .append("# line: PATH<TAB>KIND[<TAB>default:VALUE][<TAB>ALTERNATIVE...[<TAB>&<TAB>ALTERNATIVE...]]\n")
                .append("% generator GenerateCommandTree ").append(GenerateCommandTree.GENERATOR_VERSION).append('\n')
                .append("% release ").append(release).append('\n');
        for (GenerateCommandTree.Source src : sources) {
            s.append("% source ").append(src.name()).append(' ').append(src.ref()).append(' ').append(src.commit())
                    .append('\n');
        }
        components.forEach((c, v) -> s.append("% component ").append(c).append(' ').append(v).append('\n'));
        s.append("% nodes ").append(body.size()).append('\n');
        for (String l : body) {
            s.append(l).append('\n');
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, s.toString(), StandardCharsets.UTF_8);
        report.counts.put("nodes written", body.size());
    }

    private static void lines(TNode n, String path, List<String> out, Report report) {
        StringBuilder l = new StringBuilder(path).append('\t').append(n.kind);
        if (!n.defined) {
            report.count("nodes without any definition (plain node)");
        }
        if (n.defaultValue != null) {
            if (n.defaultValue.contains("\t") || n.defaultValue.contains("\n")) {
                throw new IllegalStateException("default with tab or newline at " + path);
            }
            l.append("\tdefault:").append(n.defaultValue);
        }
        for (int i = 0; i < n.clauses.size(); i++) {
            if (i > 0) {
                l.append("\t&");
            }
            for (String alt : n.clauses.get(i)) {
                l.append('\t').append(alt);
            }
        }
        if ((n.kind.equals("leaf") || n.kind.equals("multi") || n.kind.equals("flag")) && !n.children.isEmpty()) {
            report.note("leaf with children (children kept)", path);
        }
        out.add(l.toString());
        for (TNode c : n.children.values()) {
            lines(c, path + " " + c.name, out, report);
        }
    }
}
