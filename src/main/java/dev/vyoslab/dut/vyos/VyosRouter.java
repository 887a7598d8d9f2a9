package dev.vyoslab.dut.vyos;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.RouterState;
import dev.vyoslab.dut.Router;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestSsh;
import dev.vyoslab.vm.MicroVm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * VyOS as the device under test: installs the ISO once to a cached disk, boots it with {@code -snapshot} in a microVM
 * node (eth0 = WAN, eth1 = LAN, management NIC last: the installed config has no hw-id, so the NICs are named in PCI
 * order, see {@link InstallDialogue#DEFAULT_CONFIG_13}), logs in on the serial console, enables SSH on the management
 * NIC, then applies configs ({@link ConfigScript}) and reads state ({@link VyosShow}) over SSH. Ready means: logged in
 * and SSH answers. The console and SSH transcripts are kept under the artifacts directory, secrets masked.
 *
 * <p>The lab owns the node: {@code lab.add(router.node(mgmt, wan, lan)); lab.start(); router.boot();}. Starting the
 * node installs the disk first when it is not cached yet (in a lab of its own, see {@link MicroVmLauncher}).
 */
public final class VyosRouter implements Router {

    private final String name;
    private final VyosIso iso;
    private final VyosVersion version;
    private final VyosMachine.Launcher installer;
    private final Path artifacts;
    private final Logger log;
    private Path diskCache = VyosDisk.defaultCacheDir();
    private String wanMac = VyosQemu.WAN_MAC;
    private Duration bootTimeout;
    private VyosTimeouts timeouts;
    private VyosVm node;
    private ConsoleDialogue console;
    private GuestSsh ssh;
    private VyosConfig applied;
    private String managementNic;
    private SshTranscript transcripts;

    public VyosRouter(String name, VyosIso iso, VyosVersion version, Path artifacts) {
        this(name, iso, version, new MicroVmLauncher(), artifacts);
    }

    /** {@code installer} starts the install boot when the disk is not cached. */
    public VyosRouter(String name, VyosIso iso, VyosVersion version, VyosMachine.Launcher installer, Path artifacts) {
        this.name = name;
        this.iso = iso;
        this.version = version;
        this.installer = installer;
        this.artifacts = artifacts;
        this.log = LoggerFactory.getLogger("vyoslab.node." + name);
    }

    /** Where installed disks are cached (default {@code ~/.cache/vyos-lab/disk}). */
    public VyosRouter withDiskCache(Path dir) {
        this.diskCache = dir;
        return this;
    }

    /**
     * The WAN port's MAC, as the lab plan chose it so that SLAAC gives the router the address its config expects
     * (the tunnel's source); the reference router takes the same one.
     */
    public VyosRouter withWanMac(String mac) {
        this.wanMac = mac;
        return this;
    }

    /** How long a boot may take to the login prompt; by default per accelerator ({@link VyosTimeouts}). */
    public VyosRouter withBootTimeout(Duration timeout) {
        this.bootTimeout = timeout;
        return this;
    }

    /**
     * The router's microVM node, to add to the lab: eth0 on {@code wan}, eth1 on {@code lan}, console and SSH through
     * {@code management}. Its start installs the disk first when needed, then boots it; {@link #boot()} logs in.
     */
    public MicroVm<?> node(Segment management, Segment wan, Segment lan) {
        if (node != null) {
            throw new IllegalStateException("[" + name + "] already has its node");
        }
        node = new VyosVm(name, management, () -> VyosQemu.run(
                VyosDisk.installed(name, iso, version, installer, diskCache, artifacts, timeouts())))
                .withGuestNic(wan, wanMac)
                .withGuestNic(lan, VyosQemu.LAN_MAC);
        return node;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.VYOS;
    }

    @Override
    public void boot() {
        if (node == null || !node.isRunning()) {
            throw new IllegalStateException("[" + name + "] boot() needs its node in a started lab: lab.add(router.node("
                    + "mgmt, wan, lan)), then lab.start()");
        }
        console = new ConsoleDialogue(name, node.console(), artifacts.resolve(name + "-console.txt"));
        transcripts = new SshTranscript(artifacts.resolve(name + "-ssh.txt"));
        login();
        managementNic = SshBootstrap.nicOf(console.run(SshBootstrap.findManagementNic()).get(1));
        log.info("management NIC is {}; enabling SSH", managementNic);
        console.run(SshBootstrap.enableSsh(managementNic));
        console.save();
        connectSsh();
    }

    @Override
    public List<Diagnostic> apply(VyosConfig config) {
        if (config.version() != version && !(config.bootText().isPresent() && config.configVersion().isPresent())) {
            // syntax is not translated here: a config.boot with its footer is migrated by VyOS on load, set commands
            // by VyOS's own migration scripts off the router first (config.Migration)
            return List.of(new Diagnostic(config.sourceName(), 0, 0, Severity.ERROR, "vyos-version",
                    config.sourceName() + " is a VyOS " + config.version().id() + " config and this router runs "
                            + version.id() + ": migrate it first (vyos-lab migrate CONFIG --to " + version.id() + ")"));
        }
        ApplyPlan plan = ApplyPlan.of(config, managementNic());
        List<Diagnostic> out = new ArrayList<>(plan.warnings());
        log.info(plan.loadsWholeConfig() ? "loading {} as a whole config.boot (VyOS migrates it from {})"
                : "applying {} ({} set commands)", config.sourceName(),
                plan.loadsWholeConfig() ? config.configVersion().orElse("") : plan.commands().size());
        CommandResult r = ssh().exec(ConfigScript.SHELL, new ConfigScript(version).apply(plan.start(), plan.deletes(),
                plan.commands(), false), Duration.ofMinutes(10));
        String output = r.stdout() + r.stderr();
        transcripts.ssh("apply " + config.sourceName(), config.mask(output), r.exitCode());
        out.addAll(new ApplyOutput(config.sourceName(), plan.commands(), config::lineOf, config::mask)
                .diagnostics(output, r.exitCode()));
        if (out.stream().noneMatch(d -> d.severity() == Severity.ERROR)) {
            applied = config;
        } else {
            out.forEach(d -> log.warn("{}", d));
        }
        return out;
    }

    @Override
    public void awaitConverged(Duration timeout) {
        if (applied == null) {
            throw new IllegalStateException("[" + name + "] awaitConverged before a config was applied");
        }
        ConvergenceTarget target = ConvergenceTarget.of(applied.tree());
        await("[" + name + "] interfaces of " + applied.sourceName() + " up: " + target.interfaces())
                .atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    List<String> down = target.down(state());
                    if (!down.isEmpty()) {
                        throw new AssertionError("[" + name + "] not up yet: " + down);
                    }
                });
    }

    @Override
    public RouterState state() {
        return show().state(applied == null ? List.of() : ConvergenceTarget.of(applied.tree()).tables());
    }

    /** {@code show version}. */
    public ShowVersion showVersion() {
        return show().version();
    }

    /** {@code show configuration commands}: what the router runs (after an upgrade: what its migration made). */
    public String configurationCommands() {
        return show().configurationCommands();
    }

    /** {@code show dns dynamic status}. */
    public List<DynamicDnsStatus> dynamicDnsStatus() {
        return show().dynamicDns();
    }

    /** {@code show nat destination statistics}: every destination NAT rule with its counters. */
    public List<NatRuleCounter> natDestinationStatistics() {
        return show().natDestination();
    }

    @Override
    public void save() {
        CommandResult r = ssh().exec(ConfigScript.SHELL, new ConfigScript(version).save(), Duration.ofMinutes(2));
        transcripts.ssh("save", r.stdout() + r.stderr(), r.exitCode());
        r.orThrow();
    }

    @Override
    public void reboot() {
        closeSsh();
        console.run(VyosLogin.reboot());
        login();
        connectSsh();
    }

    @Override
    public void saveArtifacts(Path dir) {
        try {
            Files.createDirectories(dir);
            if (console != null) {
                String transcript = node.console().transcript();
                Files.writeString(dir.resolve(name + "-console.txt"), applied == null ? transcript
                        : applied.mask(transcript));
            }
            if (transcripts != null && Files.isRegularFile(transcripts.file())
                    && !transcripts.file().toAbsolutePath().equals(dir.resolve(name + "-ssh.txt").toAbsolutePath())) {
                Files.copy(transcripts.file(), dir.resolve(name + "-ssh.txt"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (applied != null) {
                Files.writeString(dir.resolve(name + "-applied.conf"), applied.mask(applied.render()));
            }
            if (ssh != null) {
                Files.writeString(dir.resolve(name + "-state.txt"), String.valueOf(state()));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("[{}] could not save all artifacts to {}: {}", name, dir, e.toString());
        }
    }

    /** Closes the SSH session; the node is the lab's to stop. */
    @Override
    public void close() {
        closeSsh();
    }

    private void login() {
        console.run(VyosLogin.steps(VyosLogin.DEFAULT_USER, VyosLogin.DEFAULT_PASSWORD, timeouts()));
    }

    /** Chosen once, when first needed (the accelerator probe may boot a guest), and logged. */
    private VyosTimeouts timeouts() {
        if (timeouts == null) {
            VyosTimeouts t = VyosTimeouts.of(dev.vyoslab.vm.Accelerator.detect());
            timeouts = bootTimeout == null ? t : t.withBoot(bootTimeout);
            log.info("{}", timeouts.describe());
        }
        return timeouts;
    }

    private void connectSsh() {
        ssh = node.ssh(VyosLogin.DEFAULT_USER, VyosLogin.DEFAULT_PASSWORD, Duration.ofMinutes(2));
    }

    private void closeSsh() {
        if (ssh != null) {
            ssh.close();
            ssh = null;
        }
    }

    private String managementNic() {
        if (managementNic == null) {
            throw new IllegalStateException("[" + name + "] is not booted");
        }
        return managementNic;
    }

    private GuestSsh ssh() {
        if (ssh == null) {
            throw new IllegalStateException("[" + name + "] is not booted");
        }
        return ssh;
    }

    private VyosShow show() {
        return new VyosShow(name, ssh(), artifacts, transcripts);
    }
}
