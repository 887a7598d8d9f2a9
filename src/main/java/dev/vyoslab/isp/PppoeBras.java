package dev.vyoslab.isp;

import dev.vyoslab.config.Prefix;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestImage;
import dev.vyoslab.vm.MicroVm;
import java.net.InetAddress;
import java.util.List;

/**
 * The PPPoE BRAS, a microVM on the WAN (guest eth0) and the Internet (eth1): Debian's pppoe-server spawning pppd with
 * the account's PAP or CHAP secret, handing out 203.0.113.10 and routing it from the Internet side. Ready when the
 * guest ran its boot script and pppoe-server listens; start it before the client that dials it (a PADI sent while it
 * boots is lost and pppd waits 5 s).
 */
public final class PppoeBras extends MicroVm<PppoeBras> {

    public static final String WAN_MAC = "02:00:00:00:b5:01";
    public static final String INTERNET_MAC = "02:00:00:00:b5:02";
    static final String OPTIONS = "/etc/ppp/pppoe-server-options";
    static final String LOG = "/var/log/pppd.log";
    static final String SESSIONS = "/run/vyoslab-sessions";
    static final String PPPD = "/usr/local/sbin/bras-pppd";
    /** The address the next session gets instead of the pool's, once {@link #redial()} has chosen one. */
    static final String NEXT_ADDRESS = "/run/vyoslab-next-address";

    private final Segment internet;
    private PppSecrets account;
    private PppAuth auth = PppAuth.CHAP;
    private int mtu = IspAddresses.PPPOE_MTU;
    private String acName = "vyos-lab-bras";
    private String serviceName = "flets";
    private InetAddress localAddress = IspAddresses.BRAS_PPP_LOCAL;
    private InetAddress poolStart = IspAddresses.PPPOE_CLIENT;
    private int poolSize = 1;
    /** The address {@link #redial()} gave the next session, once it has (the pppd wrapper reads it on the guest). */
    private volatile InetAddress next;
    private Prefix internetAddress = new Prefix(IspAddresses.BRAS_INTERNET, IspAddresses.INTERNET.length());
    private List<InetAddress> dnsServers = List.of(IspAddresses.LAB_DNS);

    public PppoeBras(Segment management, Segment wan, Segment internet) {
        super("bras", GuestImage.get(), management);
        this.internet = internet;
        withGuestNic(wan, WAN_MAC);
        withGuestNic(internet, INTERNET_MAC);
        internet.reserve(internetAddress.address());
    }

    /** The one account the BRAS accepts. */
    public PppoeBras withAccount(String user, String password) {
        this.account = new PppSecrets(user, password);
        return self();
    }

    /** The method the BRAS requires (CHAP by default). */
    public PppoeBras withAuth(PppAuth auth) {
        this.auth = auth;
        return self();
    }

    public PppoeBras withMtu(int mtu) {
        this.mtu = mtu;
        options();
        return self();
    }

    public PppoeBras withAcName(String acName) {
        this.acName = acName;
        command();
        return self();
    }

    public PppoeBras withServiceName(String serviceName) {
        this.serviceName = serviceName;
        command();
        return self();
    }

    /** The BRAS's own PPP address and the client pool; the pool must not contain the BRAS's address. */
    public PppoeBras withAddresses(InetAddress local, InetAddress poolStart, int poolSize) {
        this.localAddress = local;
        this.poolStart = poolStart;
        this.poolSize = poolSize;
        command();
        return self();
    }

    public PppoeBras withInternetAddress(Prefix address) {
        this.internetAddress = address;
        internet.reserve(address.address());
        return self();
    }

    public PppoeBras withDnsServers(InetAddress... servers) {
        this.dnsServers = List.of(servers);
        return self();
    }

    private BrasPppdOptions options() {
        return new BrasPppdOptions(auth, mtu, dnsServers, LOG);
    }

    private PppoeServerCommand command() {
        return new PppoeServerCommand("eth0", acName, serviceName, localAddress, poolStart, poolSize, OPTIONS, PPPD);
    }

    @Override
    public void prepare(Lab lab) {
        if (account == null) {
            throw new IllegalStateException("bras: no PPPoE account (withAccount)");
        }
        String script = "set -eu\n"
                + "modprobe ppp_async\n"
                + "sysctl -qw net.ipv4.ip_forward=1\n"
                + "ip addr add " + internetAddress + " dev eth1\n"
                + file("/etc/ppp/pap-secrets", account.render(), "600")
                + file("/etc/ppp/chap-secrets", account.render(), "600")
                + file(OPTIONS, options().render(), "644")
                + file(PPPD, PppoeServerCommand.pppdWrapper(mtu, NEXT_ADDRESS), "755")
                + "mkdir -p " + SESSIONS + " /etc/ppp/ip-up.d /etc/ppp/ip-down.d\n"
                + file("/etc/ppp/ip-up.d/vyoslab-session", "#!/bin/sh\necho \"$PPP_IFACE $PPP_REMOTE ${PEERNAME:-unknown}"
                        + " ${PPPD_PID:-0}\" > " + SESSIONS + "/$PPP_IFACE\n", "755")
                + file("/etc/ppp/ip-down.d/vyoslab-session", "#!/bin/sh\nrm -f " + SESSIONS + "/$PPP_IFACE\n", "755")
                + "touch " + LOG + "\n"
                + String.join(" ", command().argv()) + "\n"
                + "pidof pppoe-server\n";
        withBootScript(script);
        super.prepare(lab);
    }

    private static String file(String path, String content, String mode) {
        return "cat > " + path + " <<'VYOSLAB_EOF'\n" + content + "VYOSLAB_EOF\nchmod " + mode + " " + path + "\n";
    }

    /** Changes the required authentication for the sessions that start from now on. */
    public void setAuth(PppAuth auth) {
        this.auth = auth;
        exec(file(OPTIONS, options().render(), "644")).orThrow();
        log.info("bras: now requires {}", auth);
    }

    /** The sessions that are up (ip-up ran and ip-down did not). */
    public List<PppSession> sessions() {
        return exec("cat " + SESSIONS + "/* 2>/dev/null || true").orThrow().stdout().lines()
                .filter(l -> !l.isBlank()).map(PppSession::parse).toList();
    }

    /** Ends a session from the BRAS side (pppd sends LCP terminate and PADT); a persistent client redials. */
    public void killSession(PppSession session) {
        exec("kill " + session.pid()).orThrow();
        log.info("bras: killed session {} of {}", session.interfaceName(), session.user());
    }

    /**
     * Ends every session from the BRAS side and hands the next one another address of the PPPoE range, as an ISP
     * does on a redial.
     *
     * @return the address the next session gets
     */
    public InetAddress redial() {
        InetAddress chosen = nextAddress(clientAddress());
        exec("echo " + chosen.getHostAddress() + " > " + NEXT_ADDRESS).orThrow();
        next = chosen;
        sessions().forEach(this::killSession);
        log.info("bras: the next session gets {}", chosen.getHostAddress());
        return chosen;
    }

    /** The address after {@code current} in the PPPoE range, past the BRAS's own, wrapping before the broadcast. */
    private InetAddress nextAddress(InetAddress current) {
        byte[] a = current.getAddress();
        do {
            a[3] = (byte) ((a[3] & 0xff) >= 254 ? 2 : (a[3] & 0xff) + 1);
        } while (IspAddresses.address(a).equals(localAddress));
        InetAddress after = IspAddresses.address(a);
        if (!IspAddresses.PPPOE_RANGE.contains(after)) {
            throw new IllegalStateException("the next PPPoE address " + after.getHostAddress() + " is outside "
                    + IspAddresses.PPPOE_RANGE);
        }
        return after;
    }

    /** The BRAS goes away: pppoe-server and every session end, nothing answers a PADI. */
    public void down() {
        exec("pkill -x pppoe-server; pkill -x pppd; for i in $(seq 50); do pgrep -x 'pppd|pppoe-server' > /dev/null"
                + " || exit 0; sleep 0.1; done; pkill -9 -x 'pppd|pppoe-server'; true").orThrow();
        log.info("bras: down");
    }

    /** The BRAS comes back, as it was (the address it hands out stays the last one given). */
    public void up() {
        exec("pgrep -x pppoe-server > /dev/null || " + String.join(" ", command().argv())).orThrow();
        log.info("bras: up");
    }

    /** What the BRAS's pppd processes logged (authentication results, IPCP). */
    public String pppLog() {
        return exec("cat " + LOG).orThrow().stdout();
    }

    /** The address of the router's session: the one up, else the one the next session gets. */
    public InetAddress clientAddress() {
        List<PppSession> up = sessions();
        if (!up.isEmpty()) {
            return up.get(0).clientAddress();
        }
        return next != null ? next : poolStart;
    }

    public InetAddress localAddress() {
        return localAddress;
    }

    public Prefix internetAddress() {
        return internetAddress;
    }

    public int mtu() {
        return mtu;
    }

    public String acName() {
        return acName;
    }

    public String serviceName() {
        return serviceName;
    }

    public PppAuth auth() {
        return auth;
    }
}
