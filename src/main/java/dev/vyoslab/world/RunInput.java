package dev.vyoslab.world;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.vyos.NightlyRelease;
import dev.vyoslab.dut.vyos.VyosIso;
import dev.vyoslab.dut.vyos.VyosIsoException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@link RunSpec} read and resolved, once, before anything starts: the config and its baseline parsed without
 * errors, the lab plan derived from the baseline without problems, and the VyOS ISO (for a VyOS run) found and
 * verified. Everything wrong with the input is a {@link RunFailure} with {@link ExitCode#BAD_INPUT} here.
 */
public record RunInput(VyosConfig config, VyosConfig baseline, LabPlan plan, DeviceKind device, Optional<VyosIso> iso,
                       VyosVersion version) {

    private static final Duration ISO_CONNECT = Duration.ofSeconds(20);

    public static RunInput read(RunSpec spec) {
        VyosConfig config = readConfig(spec.config(), spec.version());
        VyosConfig baseline = spec.baseline().map(b -> readConfig(b, spec.version())).orElse(config);
        LabPlan plan = LabPlan.from(baseline.intent());
        if (!plan.problems().isEmpty()) {
            throw RunFailure.badInput("the lab cannot be built for " + baseline.sourceName() + ": "
                    + String.join("; ", plan.problems()));
        }
        Optional<VyosIso> iso = spec.dut().kind() == DeviceKind.VYOS ? Optional.of(iso(spec.dut())) : Optional.empty();
        return new RunInput(config, baseline, plan, spec.dut().kind(), iso, spec.version());
    }

    /** The same lab and claims with another config on the router (a negative control's mutation). */
    public RunInput withConfig(VyosConfig other) {
        return new RunInput(other, baseline, plan, device, iso, version);
    }

    private static VyosConfig readConfig(Path file, VyosVersion version) {
        if (!Files.isRegularFile(file)) {
            throw RunFailure.badInput(file + " does not exist in " + Path.of("").toAbsolutePath()
                    + ": give a path relative to the project directory, or an absolute one");
        }
        VyosConfig config = VyosConfig.parse(file, version);
        if (config.hasErrors()) {
            throw RunFailure.badInput(file + " has errors; fix them (vyos-lab lint " + file + " lists them with"
                    + " their lines); nothing was started:\n  " + String.join("\n  ",
                    config.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                            .map(Diagnostic::toString).toList()));
        }
        return config;
    }

    /** The ISO the choice names, else the one configured by property or environment; none is bad input. */
    static VyosIso iso(DutChoice dut) {
        try {
            if (dut.iso().filter(NightlyRelease.NAME::equals).isPresent()) {
                return NightlyRelease.latest(VyosIso.defaultCacheDir(), ISO_CONNECT);
            }
            if (dut.iso().isPresent()) {
                String where = dut.iso().get();
                String sha = dut.isoSha256().orElseThrow(() -> RunFailure.badInput("a VyOS ISO (" + where
                        + ") needs its sha256 (--iso-sha256)"));
                return where.startsWith("http://") || where.startsWith("https://")
                        ? VyosIso.fromUrl(URI.create(where), sha, VyosIso.defaultCacheDir(), ISO_CONNECT)
                        : VyosIso.fromFile(Path.of(where), sha, VyosIso.defaultCacheDir());
            }
            return VyosIso.configured(VyosIso.defaultCacheDir(), ISO_CONNECT)
                    .orElseThrow(() -> RunFailure.badInput(VyosIso.notConfiguredReason()));
        } catch (VyosIsoException e) {
            throw RunFailure.badInput(e.getMessage());
        }
    }
}
