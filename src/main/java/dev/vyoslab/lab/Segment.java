package dev.vyoslab.lab;

import com.github.dockerjava.api.model.Network.Ipam;
import dev.vyoslab.config.Prefix;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;

/**
 * One layer-2 segment of the lab: an internal Docker network (no route out, no port publishing) with an IPv4 subnet
 * and optionally an IPv6 subnet.
 *
 * <p>Docker only honours static addresses on networks whose subnet was given, so every segment has one: the one the
 * config dictates (a LAN) or a free private /24 picked at creation. The host's bridge takes the highest address not
 * {@linkplain #reserve reserved}; addresses for nodes that do not ask for one are allocated from the top down.
 */
public final class Segment {

    private final String name;
    private final String runId;
    private final Prefix requestedIpv4;
    private final Prefix ipv6;
    private final Set<InetAddress> reserved = new HashSet<>();
    private Prefix ipv4;
    private Network network;
    private InetAddress gateway;
    private int nextFromTop = 2;

    Segment(String name, String runId, Prefix ipv4, Prefix ipv6) {
        this.name = name;
        this.runId = runId;
        this.requestedIpv4 = ipv4 == null ? null : ipv4.network();
        this.ipv6 = ipv6 == null ? null : ipv6.network();
    }

    public String name() {
        return name;
    }

    /** The IPv4 subnet; known once the lab has created the segment, when none was requested. */
    public Prefix ipv4() {
        if (ipv4 == null) {
            throw new IllegalStateException("segment " + name + " is not created yet");
        }
        return ipv4;
    }

    public Optional<Prefix> ipv6() {
        return Optional.ofNullable(ipv6);
    }

    /** Keeps an address away from the host bridge and from allocation (a DHCP pool, a node's fixed address). */
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

    synchronized InetAddress allocateIpv4() {
        while (true) {
            InetAddress candidate = hostFromTop(ipv4(), nextFromTop++);
            if (!reserved.contains(candidate) && !candidate.equals(gateway)) {
                reserved.add(candidate);
                return candidate;
            }
        }
    }

    /** Creates the Docker network; on an address-pool clash with an existing network, tries another subnet. */
    synchronized void create() {
        List<String> clashes = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            ipv4 = requestedIpv4 != null ? requestedIpv4 : randomPrivatePrefix();
            gateway = pickGateway();
            Network candidate = Network.builder()
                    .driver("bridge")
                    .createNetworkCmdModifier(cmd -> cmd
                            .withName(dockerName())
                            .withInternal(true)
                            .withCheckDuplicate(true)
                            .withEnableIpv6(ipv6 != null)
                            .withLabels(Map.of(Lab.RUN_LABEL, runId, Lab.SEGMENT_LABEL, name))
                            .withIpam(new Ipam().withConfig(ipamConfigs())))
                    .build();
            try {
                candidate.getId();
                network = candidate;
                BridgeFilter.open(network.getId(), runId);
                return;
            } catch (RuntimeException e) {
                boolean overlap = String.valueOf(e.getMessage()).contains("overlap");
                if (requestedIpv4 != null && overlap) {
                    // the config or the lab's defaults fix this subnet: only one lab per machine can use it
                    throw new LabException("cannot create segment " + name + ": " + cidr(ipv4) + " is already used by"
                            + " another Docker network (a second vyos-lab run on this machine, or a leftover:"
                            + " `vyos-lab clean` removes those)", e);
                }
                if (!overlap) {
                    throw new LabException("cannot create segment " + name + " (" + cidr(ipv4) + "): " + e.getMessage(), e);
                }
                clashes.add(cidr(ipv4));
            }
        }
        throw new LabException("cannot create segment " + name + ": every subnet tried is in use: " + clashes);
    }

    private List<Ipam.Config> ipamConfigs() {
        List<Ipam.Config> configs = new ArrayList<>();
        configs.add(new Ipam.Config().withSubnet(cidr(ipv4)).withGateway(gateway.getHostAddress()));
        if (ipv6 != null) {
            configs.add(new Ipam.Config().withSubnet(cidr(ipv6)));
        }
        return configs;
    }

    private InetAddress pickGateway() {
        for (int i = 1; ; i++) {
            InetAddress candidate = hostFromTop(ipv4, i);
            if (!reserved.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A /24 from 172.28.0.0/14, away from Docker's default pools, to keep clashes with existing networks rare. */
    private static Prefix randomPrivatePrefix() {
        var random = ThreadLocalRandom.current();
        try {
            byte[] bytes = {(byte) 172, (byte) (28 + random.nextInt(4)), (byte) random.nextInt(256), 0};
            return new Prefix(InetAddress.getByAddress(bytes), 24);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
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
            try {
                DockerClientFactory.instance().client().removeNetworkCmd(network.getId()).exec();
            } catch (RuntimeException e) {
                // already gone (e.g. removed by `vyos-lab clean`); nothing else to undo
            }
            network = null;
        }
    }

    @Override
    public String toString() {
        return name + "(" + (ipv4 != null ? ipv4 : requestedIpv4) + (ipv6 != null ? ", " + ipv6 : "") + ")";
    }
}
