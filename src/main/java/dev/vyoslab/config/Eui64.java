package dev.vyoslab.config;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * SLAAC's modified EUI-64 interface identifiers (RFC 4291 appendix A): the address a NIC forms in a /64, and the MAC
 * that forms a given address, so the lab can give a router's WAN the MAC that yields its configured tunnel source.
 */
public final class Eui64 {

    private Eui64() {
    }

    /** The SLAAC address the NIC with {@code mac} forms in the IPv6 /64 {@code prefix}. */
    public static InetAddress address(Prefix prefix, String mac) {
        if (prefix.isIpv4() || prefix.length() != 64) {
            throw new IllegalArgumentException("SLAAC needs an IPv6 /64, not " + prefix);
        }
        byte[] m = HexFormat.ofDelimiter(":").parseHex(mac.toLowerCase());
        if (m.length != 6) {
            throw new IllegalArgumentException("not a MAC address: " + mac);
        }
        byte[] a = prefix.network().address().getAddress();
        a[8] = (byte) (m[0] ^ 0x02);
        a[9] = m[1];
        a[10] = m[2];
        a[11] = (byte) 0xff;
        a[12] = (byte) 0xfe;
        a[13] = m[3];
        a[14] = m[4];
        a[15] = m[5];
        try {
            return InetAddress.getByAddress(a);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unicast MAC whose SLAAC address is {@code address}, if its interface identifier is EUI-64 shaped. */
    public static Optional<String> macFor(InetAddress address) {
        byte[] a = address.getAddress();
        if (!(address instanceof Inet6Address) || a[11] != (byte) 0xff || a[12] != (byte) 0xfe) {
            return Optional.empty();
        }
        byte[] m = {(byte) (a[8] ^ 0x02), a[9], a[10], a[13], a[14], a[15]};
        if ((m[0] & 1) != 0) {
            return Optional.empty(); // a multicast MAC cannot be a NIC's address
        }
        return Optional.of(HexFormat.ofDelimiter(":").formatHex(m));
    }

    /** Like {@link #macFor} but fails with the reason when no MAC forms {@code address}. */
    public static String mac(InetAddress address) {
        return macFor(address).orElseThrow(() -> new IllegalArgumentException(Prefix.host(address).toString()
                .replaceAll("/\\d+$", "") + " is not a SLAAC (EUI-64) address a unicast MAC forms: its interface"
                + " identifier lacks ff:fe in the middle or needs a multicast MAC"));
    }
}
