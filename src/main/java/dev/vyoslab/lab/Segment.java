package dev.vyoslab.lab;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Network.Ipam;
import dev.vyoslab.config.Prefix;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;

/**
 * One layer-2 segment of the lab: an internal Docker network (no route out, no port publishing) with an IPv4 subnet
 * of its own, and the lab's subnets on it.
 *
 * <p>The lab subnet (the config's LAN, the Internet's documentation range, an IPv6 /64) is what the nodes use; the
 * Docker subnet is a free private /24 picked at creation, so labs that use the same lab subnets coexist on one
 * machine. Nodes get an address in both: Docker's only identifies the container interface (and serves the JVM on a
 * segment without a lab subnet, where the two are the same); the node then holds the lab's. Docker has no IPv6 here:
 * nodes set their lab IPv6 addresses themselves. Lab addresses not asked for are allocated from the top down, away
 * from {@linkplain #reserve reserved} ones.
 */
public final class Segment {

    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.lab");
    private static final Duration REMOVAL_LIMIT = Duration.ofSeconds(15);

    private final String name;
    private final String runId;
    private final Prefix labIpv4;
    private final Prefix ipv6;
    private final Set<InetAddress> reserved = new HashSet<>();
    private final Set<InetAddress> dockerTaken = new HashSet<>();
    private Prefix dockerIpv4;
    private InetAddress gateway;
    private Network network;
    private int nextFromTop = 2;
    private int nextDockerFromTop = 2;

    Segment(String name, String runId, Prefix ipv4, Prefix ipv6) {
        this.name = name;
        this.runId = runId;
        this.labIpv4 = ipv4 == null ? null : ipv4.network();
        this.ipv6 = ipv6 == null ? null : ipv6.network();
    }

    public String name() {
        return name;
    }

    /** The lab's IPv4 subnet: the one requested, else the Docker subnet (known once the lab created the segment). */
    public Prefix ipv4() {
        if (labIpv4 != null) {
            return labIpv4;
        }
        return dockerIpv4();
    }

    /** The lab's IPv6 subnet, if any; Docker never sees it. */
    public Optional<Prefix> ipv6() {
        return Optional.ofNullable(ipv6);
    }

    /** The Docker network's own IPv4 subnet, which only identifies interfaces (and is the lab's without a request). */
    public Prefix dockerIpv4() {
        if (dockerIpv4 == null) {
            throw new IllegalStateException("segment " + name + " is not created yet");
        }
        return dockerIpv4;
    }

    /** Keeps a lab address away from allocation (a DHCP pool, a node's fixed address). */
    public synchronized Segment reserve(InetAddress address) {
        reserved.add(address);
        return this;
    }

    /** The Testcontainers network; the segment must have been created by its lab. */
    public Network network() {
        if (network == null) {
            throw new IllegalStateException("segment " + name + " is not created yet");
        }
        return network;
    }

    /** The Docker network name, {@code vyoslab-RUN-NAME}. */
    public String dockerName() {
        return "vyoslab-" + runId + "-" + name;
    }

    /** A free lab address, counted down from the top of the lab subnet. */
    synchronized InetAddress allocateIpv4() {
        while (true) {
            InetAddress candidate = hostFromTop(ipv4(), nextFromTop++);
            if (!reserved.contains(candidate) && !candidate.equals(gateway)) {
                reserved.add(candidate);
                return candidate;
            }
        }
    }

    /**
     * The Docker address of a node holding {@code labAddress} here: the lab address itself where the lab subnet is
     * Docker's, else a free one of the Docker subnet.
     */
    synchronized InetAddress dockerAddressFor(InetAddress labAddress) {
        if (labIpv4 == null) {
            return labAddress;
        }
        while (true) {
            InetAddress candidate = hostFromTop(dockerIpv4(), nextDockerFromTop++);
            if (!candidate.equals(gateway) && dockerTaken.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Fixes the Docker subnet and the host bridge's address in it (the highest not reserved). */
    synchronized void useDockerSubnet(Prefix subnet) {
        dockerIpv4 = subnet.network();
        for (int i = 1; ; i++) {
            InetAddress candidate = hostFromTop(dockerIpv4, i);
            // reserved addresses are lab addresses; they matter here only where the lab subnet is Docker's
            if (labIpv4 != null || !reserved.contains(candidate)) {
                gateway = candidate;
                return;
            }
        }
    }

    /** The host bridge's address, in the Docker subnet. */
    InetAddress gateway() {
        return gateway;
    }

    /** The IPv4 subnet requested for the lab, if any. */
    Optional<Prefix> requestedIpv4() {
        return Optional.ofNullable(labIpv4);
    }

    /**
     * Creates the Docker network in a random private /24 that overlaps none of {@code labSubnets} (so the host's
     * bridge is never a neighbour inside the lab); on a clash with an existing network, tries another.
     */
    synchronized void create(List<Prefix> labSubnets) {
        List<String> clashes = new ArrayList<>();
        for (int attempt = 0; attempt < 16; attempt++) {
            Prefix pick = randomPrivatePrefix();
            if (labSubnets.stream().anyMatch(p -> overlap(p, pick))) {
                continue;
            }
            useDockerSubnet(pick);
            Network candidate = Network.builder()
                    .driver("bridge")
                    .createNetworkCmdModifier(cmd -> cmd
                            .withName(dockerName())
                            .withInternal(true)
                            .withCheckDuplicate(true)
                            .withEnableIpv6(false)
                            .withLabels(Map.of(Lab.RUN_LABEL, runId, Lab.SEGMENT_LABEL, name))
                            .withIpam(new Ipam().withConfig(List.of(new Ipam.Config()
                                    .withSubnet(cidr(dockerIpv4)).withGateway(gateway.getHostAddress())))))
                    .build();
            try {
                candidate.getId();
                network = candidate;
                BridgeFilter.open(network.getId(), runId);
                return;
            } catch (RuntimeException e) {
                if (!String.valueOf(e.getMessage()).contains("overlap")) {
                    throw new LabException("cannot create segment " + name + " (" + cidr(dockerIpv4) + "): "
                            + e.getMessage(), e);
                }
                clashes.add(cidr(dockerIpv4));
            }
        }
        throw new LabException("cannot create segment " + name + ": every subnet tried is in use: " + clashes);
    }

    /** A /24 from 172.28.0.0/14, away from Docker's default pools, to keep clashes with existing networks rare. */
    static Prefix randomPrivatePrefix() {
        var random = ThreadLocalRandom.current();
        try {
            byte[] bytes = {(byte) 172, (byte) (28 + random.nextInt(4)), (byte) random.nextInt(256), 0};
            return new Prefix(InetAddress.getByAddress(bytes), 24);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean overlap(Prefix a, Prefix b) {
        return a.isIpv4() == b.isIpv4() && (a.contains(b.address()) || b.contains(a.address()));
    }

    /** The {@code n}-th address counted down from the last one of the subnet (n = 1: the highest IPv4 host). */
    static InetAddress hostFromTop(Prefix subnet, int n) {
        byte[] net = subnet.network().address().getAddress();
        int bits = net.length * 8;
        BigInteger last = new BigInteger(1, net).add(BigInteger.ONE.shiftLeft(bits - subnet.length())).subtract(BigInteger.ONE);
        byte[] raw = last.subtract(BigInteger.valueOf(n)).toByteArray();
        byte[] out = new byte[net.length];
        int copy = Math.min(raw.length, out.length);
        System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
        try {
            return InetAddress.getByAddress(out);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cidr(Prefix p) {
        return p.address().getHostAddress() + "/" + p.length();
    }

    void remove() {
        if (network != null) {
            BridgeFilter.close(network.getId(), runId);
            String id = network.getId();
            try {
                // a container removed a moment ago may still hold an endpoint on a busy daemon: try again a while
                Awaitility.await("removal of network " + dockerName()).atMost(REMOVAL_LIMIT)
                        .pollInterval(Duration.ofMillis(250)).ignoreExceptionsMatching(e -> !(e instanceof NotFoundException))
                        .until(() -> {
                            DockerClientFactory.instance().client().removeNetworkCmd(id).exec();
                            return true;
                        });
            } catch (NotFoundException e) {
                // already gone (e.g. removed by `vyos-lab clean`); nothing else to undo
            } catch (ConditionTimeoutException e) {
                LOG.warn("network {} is still there after {} s: {} (`vyos-lab clean` removes it)", dockerName(),
                        REMOVAL_LIMIT.toSeconds(), e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
            network = null;
        }
    }

    @Override
    public String toString() {
        return name + "(" + (labIpv4 != null ? labIpv4 : dockerIpv4) + (ipv6 != null ? ", " + ipv6 : "")
                + (labIpv4 != null && dockerIpv4 != null ? "; docker " + dockerIpv4 : "") + ")";
    }
}
