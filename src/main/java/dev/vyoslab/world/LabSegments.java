package dev.vyoslab.world;

import dev.vyoslab.isp.IspAddresses;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;

/** The four segments every lab has: management (the JVM's way in), the WAN, the LAN and the Internet. */
record LabSegments(Segment mgmt, Segment wan, Segment lan, Segment internet) {

    static LabSegments declare(Lab lab, LabPlan plan) {
        return new LabSegments(lab.segment("mgmt"), lab.segment("wan", null, plan.wanPrefix()),
                lab.segment("lan", plan.lan().subnet(), null), lab.segment("internet", IspAddresses.INTERNET, null));
    }
}
