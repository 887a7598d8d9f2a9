package dev.vyoslab.isp;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * pppoe-server's command line: interface, AC and service name, the BRAS's own PPP address and the client pool
 * ({@code poolSize} addresses from {@code poolStart}). Debian's pppoe-server 3.15 has no kernel mode ({@code -k}):
 * it runs pppd over a pty.
 */
record PppoeServerCommand(String iface, String acName, String serviceName, InetAddress local, InetAddress poolStart,
                          int poolSize, String optionsFile) {

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

    List<String> argv() {
        return new ArrayList<>(List.of("pppoe-server", "-I", iface, "-C", acName, "-S", serviceName,
                "-L", local.getHostAddress(), "-R", poolStart.getHostAddress(), "-N", Integer.toString(poolSize),
                "-O", optionsFile));
    }
}
