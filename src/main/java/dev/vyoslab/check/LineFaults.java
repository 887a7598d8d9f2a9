package dev.vyoslab.check;

import dev.vyoslab.config.Prefix;
import java.net.InetAddress;

/**
 * Faults the lab can put on the line behind a router interface towards the ISP, as scenarios need them. Each method
 * returns once the fault is in force at the ISP's end; what the router does about it is for the checks to see.
 */
public interface LineFaults {

    /**
     * The BRAS ends the PPPoE session behind {@code routerInterface} (LCP terminate, PADT) and hands the next session
     * another address.
     *
     * @return the address the next session gets
     */
    InetAddress redial(String routerInterface);

    /** The ISP's end of {@code routerInterface} goes away: the BRAS stops answering, the AFTR's tunnel end is down. */
    void down(String routerInterface);

    /** The ISP's end of {@code routerInterface} comes back as it was. */
    void up(String routerInterface);

    /** The /64 the NGN announces for SLAAC now. */
    Prefix wanPrefix();

    /**
     * The NGN announces {@code to} for SLAAC and withdraws the /64 before it (preferred lifetime zero), and the ISP
     * routes only the new one: the AFTR's softwire follows the router's address in it.
     */
    void renumber(Prefix to);
}
