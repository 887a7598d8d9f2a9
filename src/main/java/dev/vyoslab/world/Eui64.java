package dev.vyoslab.world;

import java.net.Inet6Address;
import java.util.HexFormat;
import java.util.Optional;

/** SLAAC's modified EUI-64 backwards: the MAC whose interface identifier is an address's low 64 bits. */
final class Eui64 {

    private Eui64() {
    }

    /** The MAC for {@code address}, if its interface identifier is EUI-64 ({@code xx:xxff:fexx:xxxx}) and unicast. */
    static Optional<String> macOf(Inet6Address address) {
        byte[] a = address.getAddress();
        if ((a[11] & 0xff) != 0xff || (a[12] & 0xff) != 0xfe) {
            return Optional.empty();
        }
        byte[] mac = {(byte) (a[8] ^ 0x02), a[9], a[10], a[13], a[14], a[15]};
        if ((mac[0] & 1) != 0) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.ofDelimiter(":").formatHex(mac));
    }
}
