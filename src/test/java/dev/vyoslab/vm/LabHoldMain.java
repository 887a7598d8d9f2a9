package dev.vyoslab.vm;

import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;

/**
 * Brings a small lab up, says so on stdout, and waits to be killed: the subject of {@link InterruptedRunIT}. Its lab
 * is removed by the lab's own shutdown hook, which logs {@code lab RUN torn down in N ms} when it is done.
 */
public final class LabHoldMain {

    private LabHoldMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Lab lab = Lab.create();
        Segment mgmt = lab.segment("mgmt");
        Segment a = lab.segment("a");
        lab.add(new GuestVm("held", mgmt).withGuestNic(a, "52:54:00:00:0d:01"));
        lab.add(new TestHost("held-host").withSegment(a));
        lab.start();
        System.out.println("lab-up run=" + lab.runId() + " dir=" + lab.workDir());
        System.out.flush();
        // held until a signal ends the JVM; the main thread's join never returns by itself
        Thread.currentThread().join();
    }
}
