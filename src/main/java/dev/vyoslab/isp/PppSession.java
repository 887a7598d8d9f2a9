package dev.vyoslab.isp;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A PPPoE session up on the BRAS: its ppp interface, the authenticated user, the client's address and pppd's pid. */
public record PppSession(String interfaceName, String user, InetAddress clientAddress, int pid) {

    /** Parses a line the BRAS's ip-up hook writes: {@code IFACE REMOTE_IP PEERNAME PID}. */
    static PppSession parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 4) {
            throw new IllegalArgumentException("not a session line: '" + line + "'");
        }
        try {
            return new PppSession(f[0], f[2], InetAddress.getByName(f[1]), Integer.parseInt(f[3]));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a session line: '" + line + "'", e);
        }
    }
}
