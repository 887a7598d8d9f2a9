package dev.vyoslab.cli;

import dev.vyoslab.check.Scenarios;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.dut.DeviceKind;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line: {@code check CONFIG [options]}, {@code lint CONFIG}, {@code migrate CONFIG --to R},
 * {@code build-iso [options]}, {@code clean},
 * {@code help}.
 */
record Arguments(Command command, List<Path> configs, DeviceKind dut, Optional<String> iso,
                 Optional<String> isoSha256, Optional<Path> report, boolean keep, Optional<Path> baseline,
                 String vyosVersion, Optional<String> mirror, int jobs, VyosVersion vyos, Optional<VyosVersion> to,
                 VyosVersion from, List<String> scenarios, Optional<String> isoTo, Optional<String> isoToSha256,
                 Optional<Path> routerFiles) {

    enum Command { CHECK, LINT, MIGRATE, UPGRADE, BUILD_ISO, CLEAN, HELP }

    static final String USAGE = """
            usage: vyos-lab check CONFIG... [--dut reference|vyos] [--iso PATH|URL --iso-sha256 HEX | --iso rolling]
                                        [--vyos 1.3|1.4|rolling] [--baseline GOOD_CONFIG] [--report DIR]
                                        [--scenarios all|NAME,...] [--jobs N] [--keep]
                   vyos-lab lint CONFIG [--vyos 1.3|1.4|rolling]
                   vyos-lab migrate CONFIG --to 1.4|rolling [--from 1.3|1.4] [--config-dir DIR]
                   vyos-lab upgrade CONFIG --to 1.4|rolling [--from 1.3|1.4] [--dut reference|vyos]
                                        [--iso-from PATH|URL --iso-from-sha256 HEX]
                                        [--iso-to PATH|URL --iso-to-sha256 HEX | --iso-to rolling] [--report DIR]
                                        [--config-dir DIR]
                   vyos-lab build-iso [--version 1.3.4|rolling] [--mirror URL]
                   vyos-lab clean
            several CONFIGs run side by side, --jobs at a time (default: what the machine's memory allows);
            each gets its report in DIR/<config name>/
            --scenarios: after the checks (pppoe-redial, aftr-restart, bras-down, router-reboot,
                         ngn-renumber, exposure)
            --config-dir: a copy of the router's /config, whose keys and certificates VyOS's migration
                          scripts move into the config (scp -r vyos@ROUTER:/config DIR)
            upgrade: the checks of CONFIG on the old release, then on the new one with CONFIG migrated;
                     exit 1 on a check that passed before and fails after
            exit status: 0 all checks passed, 1 a check or scenario failed (or the router never converged),
                         2 bad input or a config the router refuses, 3 the environment or the lab failed""";

    /** A usage error; the message says what was wrong. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Arguments parse(List<String> args) {
        Deque<String> in = new ArrayDeque<>(args);
        if (in.isEmpty()) {
            throw new UsageException("no command given");
        }
        String word = in.pop();
        Command command = switch (word) {
            case "check" -> Command.CHECK;
            case "lint" -> Command.LINT;
            case "migrate" -> Command.MIGRATE;
            case "upgrade" -> Command.UPGRADE;
            case "build-iso" -> Command.BUILD_ISO;
            case "clean" -> Command.CLEAN;
            case "help", "-h", "--help" -> Command.HELP;
            default -> throw new UsageException("unknown command '" + word + "' (commands: check, lint, migrate, upgrade, build-iso, clean)");
        };
        List<Path> configs = new ArrayList<>();
        DeviceKind dut = DeviceKind.REFERENCE;
        Optional<String> iso = Optional.empty();
        Optional<String> sha = Optional.empty();
        Optional<Path> report = Optional.empty();
        boolean keep = false;
        Optional<Path> baseline = Optional.empty();
        String version = null;
        Optional<String> mirror = Optional.empty();
        int jobs = 0;
        VyosVersion vyos = VyosVersion.V1_3;
        List<String> scenarios = List.of();
        Optional<VyosVersion> to = Optional.empty();
        VyosVersion from = VyosVersion.V1_3;
        Optional<String> isoTo = Optional.empty();
        Optional<String> isoToSha = Optional.empty();
        Optional<Path> routerFiles = Optional.empty();
        while (!in.isEmpty()) {
            String a = in.pop();
            switch (a) {
                case "--dut" -> dut = dut(value(a, in));
                case "--iso", "--iso-from" -> iso = Optional.of(value(a, in));
                case "--iso-sha256", "--iso-from-sha256" -> sha = Optional.of(value(a, in).toLowerCase(Locale.ROOT));
                case "--iso-to" -> isoTo = Optional.of(value(a, in));
                case "--iso-to-sha256" -> isoToSha = Optional.of(value(a, in).toLowerCase(Locale.ROOT));
                case "--report" -> report = Optional.of(Path.of(value(a, in)));
                case "--baseline" -> baseline = Optional.of(Path.of(value(a, in)));
                case "--keep" -> keep = true;
                case "--version" -> version = value(a, in);
                case "--mirror" -> mirror = Optional.of(value(a, in));
                case "--jobs" -> jobs = jobs(value(a, in));
                case "--scenarios" -> scenarios = scenarios(value(a, in));
                case "--vyos" -> vyos = vyos(value(a, in));
                case "--to" -> to = Optional.of(release("--to", value(a, in)));
                case "--from" -> from = release("--from", value(a, in));
                case "--config-dir" -> routerFiles = Optional.of(Path.of(value(a, in)));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    configs.add(Path.of(a));
                }
            }
        }
        if (version != null && command != Command.BUILD_ISO) {
            throw new UsageException("--version belongs to build-iso");
        }
        Arguments parsed = new Arguments(command, List.copyOf(configs), dut, iso, sha, report, keep, baseline,
                version == null ? "1.3.4" : version, mirror, jobs, vyos, to, from, scenarios, isoTo, isoToSha,
                routerFiles);
        parsed.validate();
        return parsed;
    }

    private void validate() {
        boolean upgrade = command == Command.UPGRADE;
        boolean needsConfig = command == Command.CHECK || command == Command.LINT || command == Command.MIGRATE
                || upgrade;
        if (needsConfig && configs.isEmpty()) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " needs a CONFIG file");
        }
        if ((command == Command.LINT || command == Command.MIGRATE || upgrade) && configs.size() > 1) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " takes one CONFIG; also got "
                    + configs.subList(1, configs.size()));
        }
        if ((command == Command.MIGRATE || upgrade) && to.isEmpty()) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " needs --to 1.4|rolling");
        }
        if (command != Command.MIGRATE && !upgrade && (to.isPresent() || from != VyosVersion.V1_3)) {
            throw new UsageException("--to and --from belong to migrate and upgrade");
        }
        if (command != Command.MIGRATE && !upgrade && routerFiles.isPresent()) {
            throw new UsageException("--config-dir belongs to migrate and upgrade");
        }
        if (upgrade && dut == DeviceKind.VYOS && routerFiles.isPresent()) {
            // the new release migrates on the router, whose /config in the lab holds none of the user's files
            throw new UsageException("--config-dir is for the reference router: with --dut vyos the new release"
                    + " migrates the config on its own /config, which has no copy of yours");
        }
        if (!upgrade && (isoTo.isPresent() || isoToSha256.isPresent())) {
            throw new UsageException("--iso-to belongs to upgrade (--iso-from, --iso-to: the ISO of each release)");
        }
        if (upgrade && (keep || baseline.isPresent() || jobs != 0 || !scenarios.isEmpty())) {
            throw new UsageException("--keep, --baseline, --jobs and --scenarios belong to check");
        }
        if (to.isPresent() && from.compareTo(to.get()) >= 0) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " goes to a newer release: --from "
                    + from.id() + " --to " + to.get().id());
        }
        if (upgrade) {
            validateIsos();
            return;
        }
        if (command != Command.CHECK && (jobs != 0 || keep || !scenarios.isEmpty())) {
            throw new UsageException("--jobs, --keep and --scenarios belong to check");
        }
        if (keep && configs.size() > 1) {
            throw new UsageException("--keep holds one lab open; give one CONFIG");
        }
        if (!needsConfig && !configs.isEmpty()) {
            throw new UsageException(command.name().toLowerCase(Locale.ROOT) + " takes no CONFIG");
        }
        if (command != Command.CHECK && (iso.isPresent() || keep || baseline.isPresent() || dut != DeviceKind.REFERENCE)) {
            throw new UsageException("--dut, --iso, --baseline and --keep belong to check");
        }
        boolean nightly = iso.filter("rolling"::equals).isPresent();
        if (dut == DeviceKind.VYOS && !nightly && (iso.isEmpty() || isoSha256.isEmpty())) {
            throw new UsageException("--dut vyos needs --iso PATH|URL and --iso-sha256 HEX (sha256sum prints it),"
                    + " or --iso rolling (the newest nightly release)");
        }
        if (nightly && isoSha256.isPresent()) {
            throw new UsageException("--iso rolling takes its sha256 from the release; --iso-sha256 is for a PATH|URL");
        }
        if (isoSha256.isPresent() && !isoSha256.get().matches("[0-9a-f]{64}")) {
            throw new UsageException("--iso-sha256 must be 64 hex digits, got '" + isoSha256.get() + "'");
        }
        if (mirror.isPresent() && command != Command.BUILD_ISO) {
            throw new UsageException("--mirror belongs to build-iso");
        }
        if (iso.isPresent() && dut != DeviceKind.VYOS) {
            throw new UsageException("--iso is for --dut vyos");
        }
    }

    /** An upgrade on VyOS boots two ISOs, each given with its digest; the reference router needs none. */
    private void validateIsos() {
        if (dut != DeviceKind.VYOS) {
            if (iso.isPresent() || isoTo.isPresent()) {
                throw new UsageException("--iso-from and --iso-to are for --dut vyos");
            }
            return;
        }
        if (iso.isEmpty() || isoSha256.isEmpty()) {
            throw new UsageException("upgrade --dut vyos needs the old release's ISO: --iso-from PATH|URL"
                    + " --iso-from-sha256 HEX");
        }
        boolean nightly = isoTo.filter("rolling"::equals).isPresent();
        if (isoTo.isEmpty() || (!nightly && isoToSha256.isEmpty())) {
            throw new UsageException("upgrade --dut vyos needs the new release's ISO: --iso-to PATH|URL"
                    + " --iso-to-sha256 HEX, or --iso-to rolling");
        }
        for (Optional<String> sha : List.of(isoSha256, isoToSha256)) {
            if (sha.isPresent() && !sha.get().matches("[0-9a-f]{64}")) {
                throw new UsageException("an ISO's sha256 is 64 hex digits, not '" + sha.get() + "'");
            }
        }
    }

    private static String value(String option, Deque<String> in) {
        if (in.isEmpty() || in.peek().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return in.pop();
    }

    /** The one config of lint, or the first of check. */
    Path config() {
        return configs.get(0);
    }

    /** {@code all} or a comma-separated list of scenario names, in the order they run. */
    private static List<String> scenarios(String v) {
        if (v.equals("all")) {
            return Scenarios.NAMES;
        }
        List<String> named = List.of(v.split(","));
        List<String> unknown = named.stream().filter(n -> !Scenarios.NAMES.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new UsageException("unknown scenario " + String.join(", ", unknown) + " (scenarios: all, "
                    + String.join(", ", Scenarios.NAMES) + ")");
        }
        return Scenarios.NAMES.stream().filter(named::contains).toList();
    }

    private static int jobs(String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--jobs is a number of labs at once (1 or more), not '" + v + "'");
    }

    private static VyosVersion vyos(String v) {
        try {
            return VyosVersion.of(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--vyos is 1.3, 1.4 or rolling, not '" + v + "'");
        }
    }

    private static VyosVersion release(String option, String v) {
        try {
            return VyosVersion.of(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " is 1.3, 1.4 or rolling, not '" + v + "'");
        }
    }

    private static DeviceKind dut(String v) {
        return switch (v) {
            case "reference" -> DeviceKind.REFERENCE;
            case "vyos" -> DeviceKind.VYOS;
            default -> throw new UsageException("--dut is reference or vyos, not '" + v + "'");
        };
    }
}
