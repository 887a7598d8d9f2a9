package dev.vyoslab.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The component versions a release saves in a config.boot footer ({@code nat@5:system@21:…}): what VyOS's migration
 * reads to pick the scripts for a set-command file, which has no footer of its own.
 */
final class ComponentVersions {

    // vyos-1x@1.4.0 interface-definitions/include/version/*.xml.i: one syntaxVersion element per component
    private static final Pattern SYNTAX_VERSION = Pattern.compile("<syntaxVersion component='([\\w-]+)' version='(\\d+)'");

    private ComponentVersions() {
    }

    /**
     * The footer {@code release} writes: 1.3 from the generated 1.3.4 command tree (its {@code % component} lines,
     * from the cfg-version files of the vyatta-cfg-* packages at tag 1.3.4), 1.4 from the cached 1.4.0 sources'
     * definitions, as VyOS's own xml_ref reads them (the generated 1.4.0 tree's list, from the scripts, lacks some).
     */
    static String footer(VyosVersion release, Vyos1xSources sources) {
        return switch (release) {
            case V1_3 -> oneThreeFour();
            case V1_4 -> fromDefinitions(sources.folder(Vyos1xRef.V1_4_0));
            case ROLLING -> throw new MigrationException(MigrationException.Reason.BAD_INPUT,
                    "rolling is the newest release: a config written for it migrates to nothing newer");
        };
    }

    static String oneThreeFour() {
        return new TreeMap<>(CommandTree.of("1.3.4").components()).entrySet().stream()
                .map(e -> e.getKey() + "@" + e.getValue()).collect(Collectors.joining(":"));
    }

    static String fromDefinitions(Path sources) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(sources.resolve("interface-definitions/include/version"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml.i")).toList()) {
                Matcher m = SYNTAX_VERSION.matcher(Files.readString(f));
                while (m.find()) {
                    found.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            throw new MigrationException(MigrationException.Reason.NO_SOURCES, "cannot read " + sources + ": " + e);
        }
        return found.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).collect(Collectors.joining(":"));
    }
}
