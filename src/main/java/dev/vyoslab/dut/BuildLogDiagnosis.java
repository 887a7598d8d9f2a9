package dev.vyoslab.dut;

import java.util.List;
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

    private BuildLogDiagnosis() {
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
