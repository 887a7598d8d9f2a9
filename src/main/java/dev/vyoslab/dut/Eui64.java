package dev.vyoslab.dut;

import java.net.Inet6Address;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Modified EUI-64 (RFC 4291 appendix A): the interface identifier SLAAC derives from a MAC, and back. The lab uses
 * it to pick the WAN MAC so that SLAAC yields exactly the address a config names as its tunnel source.
 */
final class Eui64 {

    private Eui64() {
    }

    /** The MAC whose EUI-64 identifier is the low 64 bits of {@code address}, if the identifier is MAC-derived. */
    static Optional<String> macFor(Inet6Address address) {
        byte[] a = address.getAddress();
        if ((a[11] & 0xff) != 0xff || (a[12] & 0xff) != 0xfe) {
            return Optional.empty();
        }
        byte[] mac = {(byte) (a[8] ^ 0x02), a[9], a[10], a[13], a[14], a[15]};
        if ((mac[0] & 0x01) != 0) {
            return Optional.empty(); // a multicast MAC cannot be a NIC's address
        }
        return Optional.of(HexFormat.ofDelimiter(":").formatHex(mac));
    }

    /** The identifier (low 64 bits, as 4 hextets) SLAAC forms from {@code mac}. */
    static String identifierOf(String mac) {
        byte[] m = HexFormat.ofDelimiter(":").parseHex(mac.toLowerCase());
        int[] h = {((m[0] ^ 0x02) & 0xff) << 8 | (m[1] & 0xff), (m[2] & 0xff) << 8 | 0xff, 0xfe00 | (m[3] & 0xff),
                (m[4] & 0xff) << 8 | (m[5] & 0xff)};
        return String.format("%x:%x:%x:%x", h[0], h[1], h[2], h[3]);
    }
}
