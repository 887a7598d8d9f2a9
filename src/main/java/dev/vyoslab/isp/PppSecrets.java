package dev.vyoslab.isp;

/**
 * pppd's pap-secrets / chap-secrets (same format): {@code client server secret addresses}, each word double-quoted
 * with backslash escapes, so passwords with spaces or quotes survive. The BRAS authenticates the client: client is
 * the account's user, server {@code *}, addresses {@code *}.
 */
record PppSecrets(String user, String password) {

    PppSecrets {
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("the PPPoE account needs a user name");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the PPPoE account needs a password");
        }
        if ((user + password).chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("the PPPoE user name and password must not contain control characters");
        }
    }

    String render() {
        return "# client\tserver\tsecret\taddresses\n" + quote(user) + "\t*\t" + quote(password) + "\t*\n";
    }

    static String quote(String word) {
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return "PppSecrets[user=" + user + ", password=******]";
    }
}
