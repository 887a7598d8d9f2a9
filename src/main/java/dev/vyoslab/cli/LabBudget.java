package dev.vyoslab.cli;

import dev.vyoslab.dut.DeviceKind;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.LabMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How many labs this machine runs at once by default: no more than its cores (TCG guests are CPU-bound while they
 * boot) and no more than its available memory holds at the measured size of a lab.
 *
 * @param labs      labs at once
 * @param perLabMib the memory one lab takes (measured on this project's labs: see README)
 * @param freeMib   memory available now
 */
record LabBudget(int labs, long perLabMib, long freeMib) {

    /**
     * A reference lab (router, AFTR and BRAS microVMs and six containers) was measured at 547-552 MiB under TCG
     * (ConcurrentChecksIT); the budget leaves room for a guest's page cache growing over a long run.
     */
    static final long REFERENCE_LAB_MIB = 1024;
    /** A VyOS router alone takes 1 GiB of guest RAM. */
    static final long VYOS_LAB_MIB = 2048;

    static LabBudget forThisMachine(DeviceKind device) {
        long perLab = device == DeviceKind.VYOS ? VYOS_LAB_MIB : REFERENCE_LAB_MIB;
        long free = availableMib().orElse(perLab);
        int cores = Runtime.getRuntime().availableProcessors();
        return new LabBudget((int) Math.max(1, Math.min(cores, free / perLab)), perLab, free);
    }

    /** What a running lab takes now, for the progress output. */
    static Optional<String> measured(Lab lab) {
        return LabMemory.of(lab).map(u -> String.format(Locale.ROOT, "%d MiB", u.bytes() / (1024 * 1024))
                + (u.complete() ? "" : " (" + u.reporting() + " of " + u.containers() + " containers reported theirs)"));
    }

    private static Optional<Long> availableMib() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemAvailable:"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return labs + " lab(s) fit: about " + perLabMib + " MiB each, " + freeMib + " MiB available";
    }
}
