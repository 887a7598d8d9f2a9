package dev.vyoslab.vm;

import dev.vyoslab.lab.Segment;

/** A bare Debian guest for substrate tests. */
final class GuestVm extends MicroVm<GuestVm> {

    GuestVm(String name, Segment management) {
        super(name, GuestImage.get(), management);
    }
}
