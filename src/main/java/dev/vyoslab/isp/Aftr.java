package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestImage;
import dev.vyoslab.vm.MicroVm;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The DS-Lite AFTR, a microVM on the WAN (guest eth0) and the Internet (eth1): decapsulates ipip6 sent to its tunnel
 * address, NATs it to its public address (192.0.2.1) and sends replies back encapsulated to the B4. Ready when the
 * guest ran its boot script (tunnel, routes and ruleset in place). {@link #stopTunnel()} and {@link #startTunnel()}
 * take the softwire down and up for fault tests.
 */
public final class Aftr extends MicroVm<Aftr> {

    public static final String WAN_MAC = "02:00:00:00:af:01";
    public static final String INTERNET_MAC = "02:00:00:00:af:02";

    private final Segment internet;
    private InetAddress tunnelAddress = IspAddresses.AFTR_IPV6;
    private Prefix internetAddress = new Prefix(IspAddresses.AFTR_INTERNET, IspAddresses.INTERNET.length());
    private InetAddress publicAddress = IspAddresses.AFTR_PUBLIC;
    private final List<Softwire> softwires = new ArrayList<>();
    private int mtu = IspAddresses.DSLITE_MTU;

    public Aftr(Segment management, Segment wan, Segment internet) {
        super("aftr", GuestImage.get(), management);
        this.internet = internet;
        withGuestNic(wan, WAN_MAC);
        withGuestNic(internet, INTERNET_MAC);
        internet.reserve(internetAddress.address());
    }

    /** The softwire end: the config's tunnel remote ({@link IspAddresses#AFTR_IPV6} by default). Must be IPv6. */
    public Aftr withTunnelAddress(InetAddress address) {
        this.tunnelAddress = address;
        setup();
        return self();
    }

    public Aftr withPublicAddress(InetAddress address) {
        this.publicAddress = address;
        setup();
        return self();
    }

    /** The guest's address on the Internet segment ({@link IspAddresses#AFTR_INTERNET}/24 by default). */
    public Aftr withInternetAddress(Prefix address) {
        this.internetAddress = address;
        setup();
        internet.reserve(address.address());
        return self();
    }

    /** Serves the B4 at {@code b4}; replies to any inner source go back to it. */
    public Aftr withB4(InetAddress b4) {
        return withB4(new Softwire(b4, List.of(Softwire.ANY)));
    }

    public Aftr withB4(Softwire softwire) {
        softwires.add(softwire);
        setup();
        return self();
    }

    public Aftr withMtu(int mtu) {
        this.mtu = mtu;
        setup();
        return self();
    }

    private AftrSetup setup() {
        return new AftrSetup(tunnelAddress, internetAddress, publicAddress, softwires, mtu);
    }

    @Override
    public void prepare(Lab lab) {
        withBootScript(setup().bootScript());
        super.prepare(lab);
    }

    /** Takes the softwire down (link down): the router's tunnel then leads nowhere. */
    public void stopTunnel() {
        exec(setup().tunnelDown()).orThrow();
        log.info("aftr: tunnel down");
    }

    /** Brings the softwire back with its routes. */
    public void startTunnel() {
        exec(setup().tunnelUp()).orThrow();
        log.info("aftr: tunnel up");
    }

    /**
     * The ISP routes the B4 of the only softwire at {@code b4} from now on (a renumbered customer): its old address
     * gets nothing back, as the access network no longer routes it.
     */
    public synchronized void moveB4(InetAddress b4) {
        if (softwires.size() != 1) {
            throw new IllegalStateException("moving a B4 needs exactly one softwire, not " + softwires.size());
        }
        Softwire old = softwires.get(0);
        softwires.set(0, new Softwire(b4, old.inner()));
        exec("ip -6 route del " + IspAddresses.literal(old.b4()) + "/128 dev " + AftrSetup.WAN + " 2>/dev/null; "
                + setup().tunnelUp()).orThrow();
        log.info("aftr: B4 moved from {} to {}", old.b4().getHostAddress(), b4.getHostAddress());
    }

    public InetAddress tunnelAddress() {
        return tunnelAddress;
    }

    public InetAddress publicAddress() {
        return publicAddress;
    }

    public Prefix internetAddress() {
        return internetAddress;
    }

    public List<Softwire> softwires() {
        return List.copyOf(softwires);
    }
}
