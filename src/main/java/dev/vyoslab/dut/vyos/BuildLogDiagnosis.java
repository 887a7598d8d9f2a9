package dev.vyoslab.dut.vyos;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Explains why a vyos-build run failed, from its last output lines, and lists the ways out. */
final class BuildLogDiagnosis {

    private static final Pattern REFUSED = Pattern.compile(
            "(?i)(packages\\.vyos\\.net|packages\\.vyos\\.io|vyos\\.net/repositories).*"
                    + "(40[13]|forbidden|unauthori[sz]ed|failed to fetch|not signed|does not have a release file)"
                    + "|(40[13]|forbidden|unauthori[sz]ed|failed to fetch).*(packages\\.vyos\\.net|packages\\.vyos\\.io)");
    private static final Pattern OFFLINE = Pattern.compile(
            "(?i)temporary failure resolving|could not resolve|no such host|network is unreachable"
                    + "|connection refused|dial tcp|i/o timeout|TLS handshake timeout");
    private static final Pattern UNPRIVILEGED = Pattern.compile(
            "(?i)unable to apply caps|mount: .*permission denied|operation not permitted.*(mount|chroot)");

    /** apt's and debootstrap's lines naming a repository that failed, with the URL. */
    private static final Pattern REPOSITORY_FAILED = Pattern.compile(
            "(?:Failed to fetch|Err:\\d+|The repository '|Release file for|Failed getting release file)\\s*"
                    + "(https?://\\S+?)(?:/dists/|'|\\s|$)(.*)");

    private BuildLogDiagnosis() {
    }

    /** The repository an apt or debootstrap line says failed, the last one in the log, with the reason. */
    static Optional<String> failedRepository(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = REPOSITORY_FAILED.matcher(lines.get(i));
            if (m.find()) {
                String url = m.group(1);
                String rest = (m.group(2) + (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ")
                        ? " " + lines.get(i + 1).strip() : "")).strip();
                return Optional.of(url + (rest.isEmpty() ? "" : " (" + rest.replaceAll("\\s{2,}", " ") + ")")
                        + hint(url));
            }
        }
        return Optional.empty();
    }

    private static String hint(String url) {
        if (url.contains("packages.vyos.net") || url.contains("packages.vyos.io")) {
            return ": VyOS's own package repository, closed to the public for this release train";
        }
        if (url.contains("saltproject.io")) {
            return ": retired by the Salt project; vyos-build/equuleus-repositories.py drops it";
        }
        if (url.contains("deb.debian.org") && !url.contains("archive")) {
            return ": Debian moved buster to archive.debian.org; vyos-build/equuleus-repositories.py points there";
        }
        return "";
    }

    /** The ways out, for every failure of a build that needs the closed repositories. */
    static String waysOut(BuildPin pin) {
        return "Ways out:\n"
                + "  1. build against your own mirror of the VyOS " + pin.branch() + " packages:"
                + " -Dvyos.build.mirror=URL (passed as ./configure --vyos-mirror URL; in CI the VYOS_MIRROR secret)\n"
                + "  2. use an ISO you already have (a VyOS subscriber's, or your own earlier build):"
                + " -Dvyos.iso=PATH|URL -Dvyos.iso.sha256=HEX (in CI the VYOS_ISO_URL and VYOS_ISO_SHA256 secrets)\n"
                + "  3. test against the rolling release, whose packages are public: -Dvyos.version=rolling"
                + " (vyos-build branch current)";
    }

    static String explain(BuildPin pin, List<String> lastLines) {
        String text = String.join("\n", lastLines);
        StringBuilder why = new StringBuilder();
        failedRepository(lastLines).ifPresent(r -> why.append("The repository that failed: ").append(r).append('\n'));
        if (REFUSED.matcher(text).find()) {
            why.append("The VyOS package repository refused the download. The ").append(pin.branch())
                    .append(" repository (VyOS ").append(pin.version()).append(") has been closed to the public since 2024,")
                    .append(" so this build cannot succeed without a mirror of your own.");
        } else if (UNPRIVILEGED.matcher(text).find()) {
            why.append("The build container could not mount or chroot: vyos-build needs `docker run --privileged`,"
                    + " which this Docker engine refused.");
        } else if (OFFLINE.matcher(text).find()) {
            why.append("The build could not reach the network (name resolution or connection failed).");
        } else {
            why.append("The build failed for a reason not recognised here; see the log lines below.");
        }
        if (pin.needsClosedRepository()) {
            why.append("\nNote: even with network access, a public build of ").append(pin.branch())
                    .append(" fails since 2024: its package repository is closed.");
        }
        return why + "\n" + waysOut(pin);
    }
}
