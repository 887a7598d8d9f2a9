package dev.vyoslab.dut.reference;

/**
 * The one script that (re)starts ddclient, run by the apply and by a PPPoE session coming up, so that exactly one
 * ddclient runs whoever starts it. It stops every ddclient before starting the new one (or none when no config is
 * left), under a lock so that two starts do not cross.
 */
final class DdclientRestart {

    private final String runDir;

    DdclientRestart(String runDir) {
        this.runDir = runDir;
    }

    String render() {
        String conf = runDir + "/ddclient.conf";
        String pid = runDir + "/ddclient.pid";
        // ddclient is Perl and takes seconds to write its pid file under TCG, so one still starting is found by its
        // command line; once running it renames itself ($0 = "ddclient - sleeping for N seconds", ddclient 3.10
        // main()), so that one is found by its pid file. fd 9 is closed for the daemon, or it would hold the lock.
        return "#!/bin/bash\nexec 9> " + runDir + "/ddclient.lock\nflock 9\n"
                + "pids() { pgrep -f 'ddclient -file " + conf.replace(".", "\\.") + "'; p=$(cat " + pid
                + " 2>/dev/null) && grep -qa ddclient /proc/$p/cmdline 2>/dev/null && echo $p; }\n"
                + "kill $(pids) 2> /dev/null\n"
                + "for i in $(seq 50); do [ -z \"$(pids)\" ] && break; sleep 0.1; done\n"
                + "kill -9 $(pids) 2> /dev/null\nrm -f " + pid + "\n"
                + "[ -f " + conf + " ] || exit 0\n"
                + "setsid ddclient -file " + conf + " < /dev/null >> " + runDir + "/daemons.log 2>&1 9>&- &\n";
    }
}
