package dev.vyoslab.isp;

import java.time.Instant;

/**
 * One record update the DNS-API mock received: which name, which record type, what content, and with which
 * credentials ({@code authKind} "key" for e-mail + global API key, "token" for an API token). The secret is kept so a
 * check can compare it, but never printed.
 */
public record DnsUpdate(Instant at, String hostName, String type, String content, String authKind, String login,
                        String secret) {

    static DnsUpdate parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("not a DNS-API update line (" + f.length + " fields)");
        }
        return new DnsUpdate(Instant.ofEpochMilli(Long.parseLong(f[0])), f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    /** True if the update was authorised with exactly these credentials. */
    public boolean usedCredentials(String login, String secret) {
        return this.login.equals(login) && this.secret.equals(secret);
    }

    @Override
    public String toString() {
        return "DnsUpdate[" + at + " " + hostName + " " + type + " " + content + ", " + authKind + " auth as " + login
                + ", secret ******]";
    }
}
