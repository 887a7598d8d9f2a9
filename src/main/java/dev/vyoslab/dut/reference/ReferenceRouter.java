package dev.vyoslab.dut.reference;

import dev.vyoslab.config.Eui64;
import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.dut.RouterState;
import dev.vyoslab.dut.Router;
import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestImage;
import dev.vyoslab.vm.MicroVm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The reference router: a Debian microVM that realises a VyOS 1.3 config's intent with the Linux parts VyOS itself
 * uses (iproute2 ip6tnl, nftables, pppd with rp-pppoe, isc-dhcp-server, ddclient), so every check can run where no
 * VyOS image exists. Guest eth0 is the WAN segment, eth1 the LAN; config names (eth0, eth1, pppoe0, tun0) are kept.
 * Constructs it does not realise are refused by {@link #apply} with a diagnostic on their line, never ignored.
 * Ready means the guest booted (MicroVm's signal); {@link #apply} returns once the script reported success.
 */
public final class ReferenceRouter extends MicroVm<ReferenceRouter> implements Router {

    /** The seed's WAN MAC: SLAAC turns it into the seed's tunnel source ::5054:ff:fe12:3456. */
    public static final String DEFAULT_WAN_MAC = "52:54:00:12:34:56";
    public static final String DEFAULT_LAN_MAC = "52:54:00:12:34:57";
    static final List<String> ETHERNETS = List.of("eth0", "eth1");
    /** As GuestSsh's command limit: an apply of the seed took 133 s under TCG at load 23 on 2 cores. */
    private static final Duration APPLY_TIMEOUT = Duration.ofMinutes(4);

    private Segment wan;
    private Segment lan;
    private String wanMac = DEFAULT_WAN_MAC;
    private String lanMac = DEFAULT_LAN_MAC;
    private String trustedCaPem = "";
    private Applied applied;
    private Applied saved;
    private long bootMillis;

    /** What was applied: the config (for re-apply), its plan, and the script with secrets masked (for artifacts). */
    private record Applied(VyosConfig config, ReferencePlan plan, String maskedScript) {
    }

    public ReferenceRouter(String name, Segment management) {
        super(name, GuestImage.get(), management);
        withMemoryMb(192);
    }

    /** The WAN segment (guest eth0) and the MAC the router has there. */
    public ReferenceRouter withWan(Segment segment, String mac) {
        this.wan = segment;
        this.wanMac = mac;
        return this;
    }

    /** The LAN segment (guest eth1). */
    public ReferenceRouter withLan(Segment segment, String mac) {
        this.lan = segment;
        this.lanMac = mac;
        return this;
    }

    /**
     * A CA the router trusts (the lab's, for dynamic DNS over TLS): a documented deviation from the user's config.
     * On a running router it is installed at once: the lab's CA exists only once the DNS-API mock has started.
     */
    public ReferenceRouter withTrustedCa(String pem) {
        this.trustedCaPem = pem;
        if (isRunning()) {
            exec(BootScript.trustCa(pem)).orThrow();
        }
        return this;
    }

    /**
     * The MAC whose SLAAC (EUI-64) address has {@code address}'s interface identifier, so the lab can make SLAAC
     * yield exactly a config's tunnel source. Empty when the identifier is not MAC-derived (no ff:fe in the middle);
     * the lab must then give the router that address statically and report it.
     */
    public static Optional<String> slaacMac(Inet6Address address) {
        return Eui64.macFor(address);
    }

    @Override
    public void prepare(Lab lab) {
        if (wan == null || lan == null) {
            throw new LabException(name() + ": withWan(...) and withLan(...) are required");
        }
        withGuestNic(wan, wanMac);
        withGuestNic(lan, lanMac);
        withBootScript(BootScript.render(trustedCaPem));
        super.prepare(lab);
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.REFERENCE;
    }

    /** The lab started the VM; this confirms the guest answers over SSH and records the boot time. */
    @Override
    public void boot() {
        if (!isRunning()) {
            throw new LabException(name() + " is not running: add it to a lab and start the lab first");
        }
        long t0 = System.nanoTime();
        exec("true").orThrow();
        bootMillis = (long) (guestUptimeAtReady() * 1000) + (System.nanoTime() - t0) / 1_000_000;
    }

    /** Guest uptime at ready plus the first SSH round trip, in milliseconds. */
    public long bootMillis() {
        return bootMillis;
    }

    @Override
    public List<Diagnostic> apply(VyosConfig config) {
        List<Diagnostic> errors = config.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            return errors; // VyOS would refuse these commands; the reference router applies all or nothing
        }
        ReferencePlan plan = ReferencePlan.of(config, ETHERNETS);
        List<Diagnostic> refused = plan.refusals();
        if (!refused.isEmpty()) {
            return refused;
        }
        String script = plan.script();
        long t0 = System.nanoTime();
        runScript(script, "apply");
        applied = new Applied(config, plan, config.mask(script));
        log.info("{} applied {} in {} ms", name(), config.sourceName(), (System.nanoTime() - t0) / 1_000_000);
        return List.of();
    }

    private void runScript(String script, String what) {
        // the script goes through a root-only file, not the command line: it holds the PPPoE password
        CommandResult r = ssh().exec("umask 077; cat > /run/vyoslab-" + what + ".sh && bash /run/vyoslab-"
                + what + ".sh", script, APPLY_TIMEOUT);
        if (!r.succeeded() || (what.equals("apply") && !r.stdout().contains(ReferencePlan.DONE))) {
            throw new LabException("[" + name() + "] " + what + " script failed (exit " + r.exitCode() + "):\n"
                    + (applied == null ? r.tail(20) : applied.config().mask(r.tail(20))));
        }
    }

    @Override
    public void awaitConverged(Duration timeout) {
        if (applied == null) {
            throw new IllegalStateException(name() + ": nothing applied yet");
        }
        String check = Convergence.script(applied.config().intent());
        String[] missing = {""};
        try {
            Awaitility.await(name() + " converged").atMost(timeout).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        if (!isRunning()) {
                            throw new LabException(name() + " stopped while awaiting convergence");
                        }
                        missing[0] = exec(check).stdout().strip();
                        return missing[0].isEmpty();
                    });
        } catch (ConditionTimeoutException e) {
            throw new LabException("[" + name() + "] not converged within " + timeout.toSeconds() + " s: "
                    + missing[0].replace('\n', ';'), e);
        }
    }

    @Override
    public RouterState state() {
        String sep = "----vyoslab----";
        CommandResult r = exec("ip -j addr; echo " + sep + "; ip -j -4 route show table all; echo " + sep
                + "; ip -j -6 route show table all; echo " + sep + "; cat /var/lib/dhcp/dhcpd.leases 2>/dev/null; true")
                .orThrow();
        String[] parts = r.stdout().split(sep + "\n?", -1);
        return StateReader.read(parts[0], parts[1], parts[2], parts[3]);
    }

    /** Nothing persists in the guest (its root is a tmpfs overlay); the router remembers what {@link #reboot} restores. */
    @Override
    public void save() {
        saved = applied;
        log.info("{}: save keeps {} for reboot (the reference router has no config store)", name(),
                applied == null ? "nothing" : applied.config().sourceName());
    }

    /**
     * A warm restart, not a kernel reboot (the microVM exits on reboot): everything applied is torn down, and the
     * saved config, if any, is applied again, as VyOS loads its saved config at boot.
     */
    @Override
    public void reboot() {
        ReferencePlan plan = applied != null ? applied.plan() : ReferencePlan.of(
                VyosConfig.parse("empty", ""), ETHERNETS);
        runScript(plan.teardown(), "teardown");
        applied = null;
        if (saved != null) {
            List<Diagnostic> d = apply(saved.config());
            if (!d.isEmpty()) {
                throw new LabException(name() + ": saved config no longer applies: " + d);
            }
        }
    }

    @Override
    public void saveArtifacts(Path dir) {
        try {
            Files.createDirectories(dir);
            if (consoleLog() != null && Files.exists(consoleLog())) {
                Files.copy(consoleLog(), dir.resolve(name() + "-console.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            if (applied != null) {
                Files.writeString(dir.resolve(name() + "-applied.sh"), applied.maskedScript());
            }
            if (isRunning()) {
                String dump = exec(Convergence.DUMP).stdout();
                Files.writeString(dir.resolve(name() + "-state.txt"),
                        applied == null ? dump : applied.config().mask(dump));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("[" + name() + "] cannot write artifacts to " + dir, e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
