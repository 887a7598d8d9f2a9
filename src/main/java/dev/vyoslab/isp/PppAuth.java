package dev.vyoslab.isp;

import java.util.Arrays;
import java.util.Locale;

/** How the BRAS authenticates the PPPoE client. */
public enum PppAuth {
    PAP("require-pap"),
    CHAP("require-chap");

    private final String pppdOption;

    PppAuth(String pppdOption) {
        this.pppdOption = pppdOption;
    }

    String pppdOption() {
        return pppdOption;
    }

    /** {@code pap} or {@code chap}, any case; anything else is refused with the known methods. */
    public static PppAuth parse(String text) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown PPP authentication method '" + text
                        + "' (known: " + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ")"));
    }
}
