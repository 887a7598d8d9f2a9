package dev.vyoslab.check;

import java.net.InetAddress;
import java.util.function.Supplier;

/**
 * One way out of the router, told apart by the source address the Internet sees: the AFTR's NAT address for the
 * DS-Lite tunnel, the PPPoE session's address for PPPoE.
 *
 * @param routerInterface the router's interface ({@code tun0}, {@code pppoe0})
 * @param peer            the ISP node at the other end ({@code aftr}, {@code bras})
 * @param publicAddress   looked up when needed: a PPPoE address exists only once the session is up
 */
public record Uplink(String routerInterface, String peer, Supplier<InetAddress> publicAddress) {

    public InetAddress address() {
        return publicAddress.get();
    }

    @Override
    public String toString() {
        return routerInterface + " via " + peer;
    }
}
