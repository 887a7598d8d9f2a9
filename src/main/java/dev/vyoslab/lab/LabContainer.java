package dev.vyoslab.lab;

import com.github.dockerjava.api.model.ContainerNetwork;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.utility.DockerImageName;

/**
 * Base of every lab node that is a container: attaches it to its segments (the first at creation, the others before
 * start), labels it with the run id and logs its output per node. Per segment the node has a lab address (fixed or
 * allocated) and a Docker address; a subclass's entrypoint puts the lab addresses on the interfaces it finds by their
 * Docker addresses (see {@link Attachment}). No Docker DNS alias is set: lab nodes reach each other by lab address.
 */
public abstract class LabContainer<SELF extends LabContainer<SELF>> extends GenericContainer<SELF> implements Node {

    private final String nodeName;
    private final List<Request> requests = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final Set<Node> dependencies = new LinkedHashSet<>();
    private volatile long startMillis = -1;
    protected final Logger log;

    private record Request(Segment segment, InetAddress ipv4, InetAddress ipv6) {
    }

    protected LabContainer(String name, DockerImageName image) {
        super(image);
        this.nodeName = name;
        this.log = LoggerFactory.getLogger("vyoslab.node." + name);
    }

    /** Attaches the node to {@code segment} with an allocated address. */
    public SELF withSegment(Segment segment) {
        return withSegment(segment, null, null);
    }

    /** Attaches the node to {@code segment} at these lab addresses; a null IPv4 is allocated, a null IPv6 means none. */
    public SELF withSegment(Segment segment, InetAddress ipv4, InetAddress ipv6) {
        if (ipv4 != null) {
            segment.reserve(ipv4);
        }
        requests.add(new Request(segment, ipv4, ipv6));
        return self();
    }

    /** Starts this node only after {@code node} is up. */
    public SELF dependsOnNode(Node node) {
        dependencies.add(node);
        return self();
    }

    @Override
    public String name() {
        return nodeName;
    }

    @Override
    public Set<Node> dependencies() {
        return dependencies;
    }

    /** The node's attachments in the order they were requested. */
    protected List<Attachment> attachments() {
        return attachments;
    }

    /** The node's lab address on {@code segment} (a microVM's guest may use another). */
    public InetAddress containerIpv4(Segment segment) {
        return attachment(segment).ipv4();
    }

    /** The container interface's Docker address on {@code segment}: what the host reaches on the mgmt segment. */
    protected InetAddress dockerIpv4(Segment segment) {
        return attachment(segment).dockerIpv4();
    }

    private Attachment attachment(Segment segment) {
        return attachments.stream().filter(a -> a.segment() == segment).findFirst()
                .orElseThrow(() -> new LabException(nodeName + " is not on segment " + segment.name()));
    }

    /** Runs a shell command on the node (in the container; a microVM runs it in its guest). */
    public CommandResult exec(String command) {
        try {
            ExecResult r = execInContainer("sh", "-c", command);
            return new CommandResult(nodeName, command, r.getExitCode(), r.getStdout(), r.getStderr());
        } catch (java.io.IOException e) {
            throw new LabException("[" + nodeName + "] cannot run `" + command + "`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted running `" + command + "` on " + nodeName, e);
        }
    }

    @Override
    public void prepare(Lab lab) {
        if (requests.isEmpty()) {
            throw new LabException("node " + nodeName + " is on no segment");
        }
        for (Request r : requests) {
            InetAddress ipv4 = r.ipv4() != null ? r.ipv4() : r.segment().allocateIpv4();
            attachments.add(new Attachment(r.segment(), ipv4, r.ipv6(), r.segment().dockerAddressFor(ipv4)));
        }
        Attachment first = attachments.get(0);
        withNetwork(first.segment().network());
        withCreateContainerCmdModifier(cmd -> cmd.withName(lab.dockerName(nodeName)).withHostName(nodeName)
                .withIpv4Address(first.dockerIpv4().getHostAddress()));
        withLabel(Lab.RUN_LABEL, lab.runId());
        withLabel(Lab.NODE_LABEL, nodeName);
        withLogConsumer(new Slf4jLogConsumer(log));
    }

    @Override
    protected void containerIsCreated(String containerId) {
        super.containerIsCreated(containerId);
        for (Attachment a : attachments.subList(1, attachments.size())) {
            ContainerNetwork.Ipam ipam = new ContainerNetwork.Ipam().withIpv4Address(a.dockerIpv4().getHostAddress());
            getDockerClient().connectToNetworkCmd()
                    .withContainerId(containerId)
                    .withNetworkId(a.segment().network().getId())
                    .withContainerNetwork(new ContainerNetwork().withIpamConfig(ipam))
                    .exec();
        }
    }

    @Override
    public void start() {
        long t0 = System.nanoTime();
        try {
            super.start();
        } catch (RuntimeException e) {
            throw new LabException("node " + nodeName + " failed to start: " + rootMessage(e), e);
        }
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        log.info("{} up in {} ms", nodeName, startMillis);
    }

    /** How long {@link #start()} took, in ms; -1 before it has succeeded. */
    public long startMillis() {
        return startMillis;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t.getMessage() + ")";
    }
}
