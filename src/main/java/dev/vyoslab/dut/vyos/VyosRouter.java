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
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * VyOS as the device under test: installs the ISO once to a cached disk, boots it with {@code -snapshot} in a microVM
 * node (eth0 = WAN, eth1 = LAN, management NIC last), logs in on the serial console, enables SSH on the management
 * NIC, then applies configs and reads state over SSH. Ready means: logged in and SSH answers.
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
    private Duration bootTimeout = Duration.ofMinutes(10);
    private VyosVm node;
    private ConsoleDialogue console;
    private GuestSsh ssh;
    private VyosConfig applied;

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

    /** How long a boot may take to the login prompt (TCG is slow). */
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
                VyosDisk.installed(name, iso, version, installer, diskCache, artifacts, bootTimeout)))
                .withGuestNic(wan, VyosQemu.WAN_MAC)
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
        login();
        String nic = SshBootstrap.nicOf(console.run(SshBootstrap.findManagementNic()).get(1));
        log.info("management NIC is {}; enabling SSH", nic);
        console.run(SshBootstrap.enableSsh(nic));
        connectSsh();
    }

    @Override
    public List<Diagnostic> apply(VyosConfig config) {
        List<Diagnostic> out = new ArrayList<>();
        if (config.version() != version) {
            // syntax is not translated here: VyOS's own migration scripts do that (config.Migration)
            return List.of(new Diagnostic(config.sourceName(), 0, 0, Severity.ERROR, "vyos-version",
                    config.sourceName() + " is a VyOS " + config.version().id() + " config and this router runs "
                            + version.id() + ": migrate it first (vyos-lab migrate CONFIG --to " + version.id() + ")"));
        }
        List<SetCommand> commands = new ArrayList<>();
        for (String line : config.render().split("\n")) {
            String l = line.strip();
            if (l.startsWith("set ")) {
                commands.add(SetCommand.parse(l));
            }
        }
        log.info("applying {} ({} set commands)", config.sourceName(), commands.size());
        CommandResult r = ssh().exec(ConfigScript.SHELL, ConfigScript.apply(commands, false), Duration.ofMinutes(10));
        String output = r.stdout() + "\n" + r.stderr();
        log.debug("apply output:\n{}", config.mask(output));
        out.addAll(new ApplyOutput(config.sourceName(), commands, config::lineOf, config::mask).diagnostics(output));
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
        List<String> wanted = new ArrayList<>();
        for (String type : applied.tree().values(List.of("interfaces"))) {
            if (!type.equals("loopback")) {
                wanted.addAll(applied.tree().values(List.of("interfaces", type)));
            }
        }
        await("[" + name + "] interfaces of " + applied.sourceName() + " up: " + wanted)
                .atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    RouterState s = state();
                    List<String> down = wanted.stream()
                            .filter(i -> s.iface(i).map(st -> !st.up()).orElse(true)).toList();
                    if (!down.isEmpty()) {
                        throw new AssertionError("[" + name + "] not up yet: " + down);
                    }
                });
    }

    @Override
    public RouterState state() {
        return show().state(tables());
    }

    /** {@code show version}. */
    public ShowVersion showVersion() {
        return show().version();
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
        ssh().exec(ConfigScript.SHELL, ConfigScript.save(), Duration.ofMinutes(2)).orThrow();
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
                Files.writeString(dir.resolve(name + "-console.txt"), node.console().transcript());
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
        console.run(VyosLogin.steps(VyosLogin.DEFAULT_USER, VyosLogin.DEFAULT_PASSWORD, bootTimeout));
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

    private GuestSsh ssh() {
        if (ssh == null) {
            throw new IllegalStateException("[" + name + "] is not booted");
        }
        return ssh;
    }

    private VyosShow show() {
        return new VyosShow(name, ssh(), artifacts);
    }

    /** Routing tables the config uses ({@code ... table N}), besides main. */
    private List<String> tables() {
        TreeSet<String> tables = new TreeSet<>();
        if (applied != null) {
            for (List<String> path : applied.tree().paths()) {
                for (int i = 0; i + 1 < path.size(); i++) {
                    if (path.get(i).equals("table") && path.get(i + 1).matches("\\d+")) {
                        tables.add(path.get(i + 1));
                    }
                }
            }
        }
        return List.copyOf(tables);
    }
}
