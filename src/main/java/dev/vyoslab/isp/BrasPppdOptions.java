package dev.vyoslab.isp;

import java.net.InetAddress;
import java.util.List;

/**
 * The options file pppoe-server hands each pppd it spawns: the authentication the BRAS requires, MTU/MRU, the DNS
 * servers pushed to the client, short restart timers (a lost first packet costs 1 s, not 3) and a log file a check
 * can read.
 */
record BrasPppdOptions(PppAuth auth, int mtu, List<InetAddress> dnsServers, String logFile) {

    BrasPppdOptions {
        dnsServers = List.copyOf(dnsServers);
        if (mtu < 576 || mtu > 1492) {
            throw new IllegalArgumentException("PPPoE MTU " + mtu + " is outside 576-1492");
        }
    }

    String render() {
        StringBuilder out = new StringBuilder("# pppd options of the vyos-lab BRAS\n")
                .append(auth.pppdOption()).append('\n')
                .append("mtu ").append(mtu).append('\n')
                .append("mru ").append(mtu).append('\n')
                .append("lcp-echo-interval 10\nlcp-echo-failure 3\n")
                .append("lcp-restart 1\npap-restart 1\nchap-restart 1\n")
                .append("nodefaultroute\nnoipdefault\nnoproxyarp\n");
        dnsServers.forEach(d -> out.append("ms-dns ").append(d.getHostAddress()).append('\n'));
        return out.append("logfile ").append(logFile).append("\ndebug\n").toString();
    }
}
