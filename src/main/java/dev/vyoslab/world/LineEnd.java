package dev.vyoslab.world;

import java.net.InetAddress;

/** The ISP's end of one router uplink, as the peer there can misbehave for scenarios ({@link LabRoles}). */
interface LineEnd {

    /** Ends the session and hands the next one another address; fails where the line has no sessions. */
    InetAddress redial();

    void down();

    void up();
}
