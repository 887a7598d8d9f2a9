package dev.vyoslab.isp;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * pppoe-server's command line: interface, AC and service name, the BRAS's own PPP address and the client pool
 * ({@code poolSize} addresses from {@code poolStart}). Debian's pppoe-server 3.15 has no kernel mode ({@code -k}):
 * it runs pppd over a pty. It puts {@code mtu 1492 mru 1492} after the options file on pppd's command line, so
 * {@code pppd} is a wrapper that appends the BRAS's own MTU/MRU last ({@link #pppdWrapper}).
 */
record PppoeServerCommand(String iface, String acName, String serviceName, InetAddress local, InetAddress poolStart,
                          int poolSize, String optionsFile, String pppd) {

    PppoeServerCommand {
        if (!(local instanceof Inet4Address) || !(poolStart instanceof Inet4Address)) {
            throw new IllegalArgumentException("the BRAS address and the pool must be IPv4");
        }
        if (poolSize < 1 || poolSize > 64) {
            throw new IllegalArgumentException("PPPoE pool size " + poolSize + " is outside 1-64");
        }
        BigInteger start = new BigInteger(1, poolStart.getAddress());
        BigInteger self = new BigInteger(1, local.getAddress());
        if (self.compareTo(start) >= 0 && self.compareTo(start.add(BigInteger.valueOf(poolSize))) < 0) {
            throw new IllegalArgumentException("the PPPoE pool " + poolStart.getHostAddress() + " + " + poolSize
                    + " addresses contains the BRAS's own address " + local.getHostAddress());
        }
        for (String name : new String[] {acName, serviceName}) {
            if (name.isEmpty() || !name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("AC and service names must be non-empty [A-Za-z0-9._-], not '" + name + "'");
            }
        }
    }

    /**
     * The pppd that pppoe-server runs: the real one, with the BRAS's MTU and MRU winning over pppoe-server's, and the
     * address in {@code nextAddress}, once there, winning over the pool's (pppd takes the last {@code :remote} of its
     * command line).
     */
    static String pppdWrapper(int mtu, String nextAddress) {
        return "#!/bin/sh\nnext=$(cat " + nextAddress + " 2>/dev/null)\n"
                + "exec /usr/sbin/pppd \"$@\" mtu " + mtu + " mru " + mtu + " ${next:+:$next}\n";
    }

    List<String> argv() {
        return new ArrayList<>(List.of("pppoe-server", "-I", iface, "-C", acName, "-S", serviceName,
                "-L", local.getHostAddress(), "-R", poolStart.getHostAddress(), "-N", Integer.toString(poolSize),
                "-O", optionsFile, "-q", pppd));
    }
}
