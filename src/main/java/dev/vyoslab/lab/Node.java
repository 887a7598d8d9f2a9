package dev.vyoslab.lab;

import java.util.Set;

/** Something a lab starts and stops: a plain container or a microVM. */
public interface Node {

    /** Unique within the lab; also the host name and the logger suffix (not a Docker DNS alias: nothing resolves it). */
    String name();

    /** Nodes that must be up before this one starts (the BRAS before the router that dials it). */
    Set<Node> dependencies();

    /** Called by the lab once its segments exist, before {@link #start()}: fixes addresses, labels and names. */
    void prepare(Lab lab);

    void start();

    void stop();
}
