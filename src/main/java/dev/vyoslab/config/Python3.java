package dev.vyoslab.config;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The python3 that runs vyos-1x's migration scripts: {@code -Dvyoslab.python}, else {@code python3} on the PATH;
 * 3.9 or newer (the scripts of branch current use its syntax). Missing or too old is a {@link MigrationException}
 * that says what to install.
 */
final class Python3 {

    private static final String INSTALL = "vyos-lab migrates configs with VyOS's own migration scripts, which need"
            + " python3 (3.9 or newer; Debian/Ubuntu: apt-get install python3; or -Dvyoslab.python=/path/to/python3)";

    /** The last executable that answered, so a batch of migrations asks once (pyenv's shim takes a while). */
    private static volatile String checked;

    private Python3() {
    }

    static String executable() {
        String exe = System.getProperty("vyoslab.python", "python3");
        if (exe.equals(checked)) {
            return exe;
        }
        try {
            Process p = new ProcessBuilder(List.of(exe, "-c", "import sys; print(sys.version_info[0]*100+sys.version_info[1])"))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new MigrationException(MigrationException.Reason.NO_PYTHON, exe + " did not answer: " + INSTALL);
            }
            if (p.exitValue() != 0 || !out.matches("\\d+") || Integer.parseInt(out) < 309) {
                throw new MigrationException(MigrationException.Reason.NO_PYTHON, exe + " is not python 3.9+ ("
                        + out + "): " + INSTALL);
            }
            checked = exe;
            return exe;
        } catch (IOException e) {
            throw new MigrationException(MigrationException.Reason.NO_PYTHON, "no " + exe + " here: " + INSTALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(MigrationException.Reason.FAILED, "interrupted while asking " + exe);
        }
    }
}
