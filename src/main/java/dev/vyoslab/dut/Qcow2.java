package dev.vyoslab.dut;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes an empty qcow2 (version 2) image, so the harness needs no {@code qemu-img} on the host or in the node image.
 *
 * <p>Layout, one 64 KiB cluster each: header, refcount table, refcount block (16-bit counts; the four used clusters
 * count 1), L1 table (all zero: nothing allocated yet).
 */
final class Qcow2 {

    private static final int CLUSTER_BITS = 16;
    private static final int CLUSTER = 1 << CLUSTER_BITS;

    private Qcow2() {
    }

    static void createEmpty(Path file, long virtualSize) throws IOException {
        long l2Coverage = (long) CLUSTER * (CLUSTER / 8);
        int l1Entries = (int) ((virtualSize + l2Coverage - 1) / l2Coverage);
        if (l1Entries * 8 > CLUSTER) {
            throw new IllegalArgumentException("image too large for a one-cluster L1 table: " + virtualSize);
        }
        ByteBuffer image = ByteBuffer.allocate(4 * CLUSTER);
        image.putInt(0x514649fb);          // magic "QFI\xfb"
        image.putInt(2);                   // version
        image.putLong(0);                  // backing file offset
        image.putInt(0);                   // backing file name length
        image.putInt(CLUSTER_BITS);
        image.putLong(virtualSize);
        image.putInt(0);                   // no encryption
        image.putInt(l1Entries);
        image.putLong(3L * CLUSTER);       // L1 table
        image.putLong(CLUSTER);            // refcount table
        image.putInt(1);                   // refcount table clusters
        image.putInt(0);                   // snapshots
        image.putLong(0);                  // snapshots offset
        image.putLong(CLUSTER, 2L * CLUSTER);  // refcount table[0] -> refcount block
        for (int i = 0; i < 4; i++) {
            image.putShort(2 * CLUSTER + 2 * i, (short) 1);
        }
        image.rewind();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (image.hasRemaining()) {
                ch.write(image);
            }
        }
    }
}
