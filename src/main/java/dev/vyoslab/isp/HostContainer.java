package dev.vyoslab.isp;

import com.github.dockerjava.api.model.Capability;
import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Attachment;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabContainer;
import dev.vyoslab.lab.LabException;
import dev.vyoslab.lab.RecipeImage;
import dev.vyoslab.lab.Segment;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * Base of every container node: the shared Debian image ({@code images/host}) with NET_ADMIN and NET_RAW, IPv6
 * enabled, Docker's default route (to the host) removed, each interface renamed after its segment so config files can
 * name it, Docker's address replaced by the lab's where the segment has a lab subnet, extra addresses and routes to
 * other parts of the lab. Ready means the daemon's own readiness command
 * (a bound port) succeeded and the entrypoint printed {@code vyoslab-ready}.
 */
public abstract class HostContainer<SELF extends HostContainer<SELF>> extends LabContainer<SELF> {

    static final RecipeImage IMAGE = RecipeImage.of("images/host", "vyos-lab/host");
    static final String CONFIG_DIR = "/etc/vyoslab/";

    private final Map<Segment, List<Prefix>> extraAddresses = new LinkedHashMap<>();
    private final Map<Prefix, InetAddress> routes = new LinkedHashMap<>();

    protected HostContainer(String name) {
        super(name, IMAGE.name());
        withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withCapAdd(Capability.NET_ADMIN, Capability.NET_RAW)
                .withSysctls(Map.of("net.ipv6.conf.all.disable_ipv6", "0",
                        "net.ipv6.conf.default.disable_ipv6", "0",
                        // these nodes are hosts: they learn nothing from the NGN's announcements
                        "net.ipv6.conf.default.accept_ra", "0",
                        "net.ipv6.conf.all.accept_ra", "0")));
        waitingFor(Wait.forLogMessage(".*vyoslab-ready.*", 1).withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** Adds a second lab address on {@code segment} (IPv6 on the WAN, a second IPv4). */
    public SELF withAddress(Segment segment, Prefix address) {
        extraAddresses.computeIfAbsent(segment, s -> new ArrayList<>()).add(address);
        return self();
    }

    /** Routes {@code destination} through a lab node ({@code gateway} must be on one of this node's segments). */
    public SELF withRoute(Prefix destination, InetAddress gateway) {
        routes.put(destination.network(), gateway);
        return self();
    }

    /** The routes to the AFTR's and the BRAS's public ranges that every Internet host needs for its replies. */
    public SELF withIspRoutes() {
        return withRoute(IspAddresses.AFTR_PUBLIC_RANGE, IspAddresses.AFTR_INTERNET)
                .withRoute(IspAddresses.PPPOE_RANGE, IspAddresses.BRAS_INTERNET);
    }

    /** The node's interface on {@code segment}: named after the segment. */
    public String interfaceOn(Segment segment) {
        return interfaceName(segment);
    }

    static String interfaceName(Segment segment) {
        String name = segment.name().replaceAll("[^A-Za-z0-9_-]", "");
        return name.substring(0, Math.min(name.length(), 15));
    }

    /** Writes a file into the container before it starts (a config file the daemon reads). */
    protected SELF withConfigFile(String path, String content) {
        return withCopyToContainer(Transferable.of(content, 0644), path);
    }

    /** The daemon and the command that succeeds once it serves. */
    protected SELF withDaemon(String readyCheck, String... command) {
        withEnv("HOST_READY", readyCheck);
        return withCommand(command);
    }

    @Override
    public void prepare(Lab lab) {
        IMAGE.build();
        super.prepare(lab);
        withEnv("HOST_IFACES", attachments().stream().map(HostContainer::hostIface).collect(Collectors.joining(" ")));
        List<String> addrs = new ArrayList<>();
        for (Attachment a : attachments()) {
            if (a.ipv6() != null) {
                int length = a.segment().ipv6().map(Prefix::length).orElse(64);
                addrs.add(interfaceName(a.segment()) + "=" + new Prefix(a.ipv6(), length));
            }
        }
        extraAddresses.forEach((segment, list) -> {
            if (attachments().stream().noneMatch(a -> a.segment() == segment)) {
                throw new LabException(name() + ": an address on " + segment.name() + ", but the node is not on it");
            }
            list.forEach(p -> addrs.add(interfaceName(segment) + "=" + p));
        });
        withEnv("HOST_ADDRS", String.join(" ", addrs));
        withEnv("HOST_ROUTES", routes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().getHostAddress()).collect(Collectors.joining(" ")));
    }

    /** {@code DOCKER_IPV4=NAME}, plus {@code =LAB_IPV4/LEN} where the lab address replaces Docker's. */
    static String hostIface(Attachment a) {
        String iface = a.dockerIpv4().getHostAddress() + "=" + interfaceName(a.segment());
        return a.relabelled() ? iface + "=" + new Prefix(a.ipv4(), a.segment().ipv4().length()) : iface;
    }

    /** The node's attachments, for subclasses that address a segment. */
    protected List<Attachment> segments() {
        return attachments();
    }
}
