package dev.vyoslab.dut;

import dev.vyoslab.config.Diagnostic;
import dev.vyoslab.config.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects what the reference router cannot realise, as errors on the user's lines; never silently ignored. */
final class Refusals {

    static final String CODE = "reference-unsupported";

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    Refusals(String file) {
        this.file = file;
    }

    void refuse(int line, String what) {
        found.add(new Diagnostic(file, line, 0, Severity.ERROR, CODE,
                what + " is not realised by the reference router: run against VyOS for this"));
    }

    List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
