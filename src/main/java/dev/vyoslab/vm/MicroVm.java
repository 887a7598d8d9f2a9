package dev.vyoslab.vm;

import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabContainer;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.Segment;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * A QEMU guest inside a container. The container (NET_ADMIN and /dev/net/tun, /dev/kvm only when KVM works; never
 * privileged) runs the {@code microvm} launcher, which hands each of the node's data segments to the guest as a
 * virtio NIC through tc mirred, in the order they were added, with the MAC given here. Management is QEMU user
 * networking with {@code restrict=on}: the guest can reach nothing, only its SSH port is forwarded, on the lab's
 * internal management segment. Ready means the guest printed {@code vyoslab-ready} on its serial console, after its
 * boot script ran.
 */
public class MicroVm<SELF extends MicroVm<SELF>> extends LabContainer<SELF> {

    /** The container port forwarded to the guest's sshd; subclasses log in as their own users. */
    protected static final int SSH_PORT = 2222;
    static final int CONSOLE_PORT = 4555;
    private static final Pattern READY = Pattern.compile("vyoslab-ready ([0-9.]+)");

    private final Segment management;
    private final List<String> macs = new ArrayList<>();
    private Accelerator accelerator = Accelerator.detect();
    // a guest boots in ~10 s under TCG; on a machine oversubscribed 8x (2 cores, a CI run beside other builds) 90 s
    // was seen at p90 and 121 s at most: the limit catches a hung guest, not a slow one
    private Duration bootTimeout = Duration.ofSeconds(240);
    private String bootScript = "";
    private Path consoleLog;
    private SerialConsole console;
    private GuestSsh ssh;
    private double guestUptimeAtReady;

    public MicroVm(String name, GuestImage image, Segment management) {
        super(name, image.imageName());
        this.management = management;
        withSegment(management);
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withCapAdd(com.github.dockerjava.api.model.Capability.NET_ADMIN)
                .withDevices(devices()));
        withEnv("VM_NAME", name);
        withEnv("VM_MEM", "128");
        waitingFor(Wait.forLogMessage(".*microvm: qemu-system.*", 1).withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** Adds a data NIC on {@code segment}; the n-th call becomes the guest's eth(n-1). */
    public SELF withGuestNic(Segment segment, String mac) {
        if (!mac.matches("(?i)([0-9a-f]{2}:){5}[0-9a-f]{2}") || (Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
            throw new LabException(name() + ": " + mac + " is not a unicast MAC address");
        }
        macs.add(mac.toLowerCase());
        return withSegment(segment);
    }

    public SELF withMemoryMb(int mib) {
        return withEnv("VM_MEM", Integer.toString(mib));
    }

    /** A shell script the guest runs as root at boot, before it reports ready (addresses, daemons). */
    public SELF withBootScript(String script) {
        this.bootScript = script;
        return self();
    }

    public SELF withAccelerator(Accelerator accelerator) {
        this.accelerator = accelerator;
        return self();
    }

    public SELF withBootTimeout(Duration timeout) {
        this.bootTimeout = timeout;
        return self();
    }

    private com.github.dockerjava.api.model.Device[] devices() {
        List<com.github.dockerjava.api.model.Device> devices = new ArrayList<>();
        devices.add(com.github.dockerjava.api.model.Device.parse("/dev/net/tun"));
        if (accelerator == Accelerator.KVM) {
            devices.add(com.github.dockerjava.api.model.Device.parse("/dev/kvm"));
        }
        return devices.toArray(com.github.dockerjava.api.model.Device[]::new);
    }

    @Override
    public void prepare(Lab lab) {
        super.prepare(lab);
        StringBuilder nics = new StringBuilder();
        // attachment 0 is the management segment; the data NICs follow in the order they were added
        for (int i = 0; i < macs.size(); i++) {
            // the launcher finds the interface by its Docker address; the guest's boot script sets the lab's
            InetAddress containerAddress = attachments().get(i + 1).dockerIpv4();
            nics.append(containerAddress.getHostAddress()).append('=').append(macs.get(i)).append(' ');
        }
        withEnv("VM_NICS", nics.toString().trim());
        withEnv("VM_ACCEL", accelerator.qemuName());
        withCopyToContainer(Transferable.of(bootScript, 0755), "/vm/boot.sh");
        consoleLog = lab.workDir().resolve(name() + "-console.log");
    }


    @Override
    protected void containerIsStarted(com.github.dockerjava.api.command.InspectContainerResponse info) {
        super.containerIsStarted(info);
        long t0 = System.nanoTime();
        console = openConsole();
        awaitReady(console, bootTimeout);
        log.info("{} guest ready in {} ms ({}; guest uptime {} s)", name(), (System.nanoTime() - t0) / 1_000_000,
                accelerator, guestUptimeAtReady);
    }

    /** Waits for the guest's readiness signal; subclasses booting other systems override it. */
    protected void awaitReady(SerialConsole console, Duration timeout) {
        var m = console.await(READY, timeout);
        guestUptimeAtReady = Double.parseDouble(m.group(1));
        if (console.transcript().contains("vyoslab-boot: failed")) {
            throw new LabException(name() + ": boot script failed:\n" + console.tail());
        }
    }

    /** Connects to QEMU's console server, which listens a moment after the launcher logged its command line. */
    private SerialConsole openConsole() {
        InetSocketAddress address = new InetSocketAddress(managementAddress(), CONSOLE_PORT);
        Socket[] socket = new Socket[1];
        try {
            Awaitility.await("serial console of " + name() + " at " + address).atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100)).ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        Socket s = new Socket();
                        try {
                            s.connect(address, 2_000);
                        } catch (IOException e) {
                            s.close();
                            throw e;
                        }
                        socket[0] = s;
                        return true;
                    });
            return new SerialConsole(name(), socket[0].getInputStream(), socket[0].getOutputStream(), consoleLog);
        } catch (ConditionTimeoutException | IOException e) {
            throw new LabException("[" + name() + "] cannot reach the serial console at " + address
                    + "; container log:\n" + getLogs(), e);
        }
    }

    /** The container's Docker address on the management segment, where the host reaches console and SSH. */
    public InetAddress managementAddress() {
        return dockerIpv4(management);
    }

    public SerialConsole console() {
        if (console == null) {
            throw new IllegalStateException(name() + " is not started");
        }
        return console;
    }

    /** The SSH session to the guest as root, opened on first use. */
    public synchronized GuestSsh ssh() {
        if (ssh == null) {
            ssh = GuestSsh.connect(name(), managementAddress().getHostAddress(), SSH_PORT, "root", "vyoslab",
                    Duration.ofSeconds(60));
        }
        return ssh;
    }

    /** Runs a shell command in the guest (not in the container around it). */
    @Override
    public CommandResult exec(String command) {
        return ssh().exec(command);
    }

    /** Seconds the guest kernel had been up when it reported ready. */
    public double guestUptimeAtReady() {
        return guestUptimeAtReady;
    }

    /** Where the serial console is logged for this run. */
    public Path consoleLog() {
        return consoleLog;
    }

    @Override
    public void stop() {
        if (ssh != null) {
            ssh.close();
        }
        if (console != null) {
            console.close();
        }
        super.stop();
    }
}
