package dev.vyoslab.dut.vyos;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code vyos-build/versions.properties} pins for one VyOS version: the vyos-build branch and ref, its Docker
 * image, an optional script that prepares the checkout, the default package mirror and the build command run inside
 * it ({@code ${mirror}} becomes {@code --vyos-mirror URL} or nothing, {@code ${timestamp}} the build's UTC minute).
 */
record BuildPin(String version, String branch, String ref, String image, Optional<Path> prepare,
                Optional<String> defaultMirror, String buildCommand) {

    static final String REPOSITORY = "https://github.com/vyos/vyos-build";

    static BuildPin load(Path file, String version) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new VyosIsoException("cannot read the vyos-build pins " + file.toAbsolutePath() + ": " + e.getMessage()
                    + " (run from the repository top level or set -Dvyos.build.pins=FILE)", e);
        }
        String branch = p.getProperty(version + ".branch");
        if (branch == null) {
            throw new VyosIsoException("no vyos-build pin for VyOS version '" + version + "' in " + file
                    + "; pinned versions: " + p.stringPropertyNames().stream().filter(k -> k.endsWith(".branch"))
                    .map(k -> k.substring(0, k.length() - ".branch".length())).sorted().toList());
        }
        Path dir = file.toAbsolutePath().getParent();
        return new BuildPin(version, branch, p.getProperty(version + ".ref", branch),
                p.getProperty(version + ".image", "vyos/vyos-build:" + branch),
                Optional.ofNullable(p.getProperty(version + ".prepare")).map(String::strip).map(dir::resolve),
                Optional.ofNullable(p.getProperty(version + ".mirror")).map(String::strip),
                required(p, version + ".build", file));
    }

    /** The build command with the mirror option (the given one, else the pin's default) and the timestamp. */
    String command(String mirror, String timestamp) {
        String m = mirror == null || mirror.isBlank() ? defaultMirror.orElse("") : mirror.strip();
        String option = m.isEmpty() ? "" : "--vyos-mirror " + m;
        return buildCommand.replace("${mirror}", option).replace("${timestamp}", timestamp)
                .replaceAll(" {2,}", " ").strip();
    }

    /** 1.2 to 1.4 need packages from VyOS's own repositories, which refuse the public since 2024. */
    boolean needsClosedRepository() {
        return !branch.equals("current");
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new VyosIsoException("vyos-build pins " + file + " lack '" + key + "'");
        }
        return v.strip();
    }
}
