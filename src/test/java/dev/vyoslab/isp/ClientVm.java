package dev.vyoslab.isp;

import dev.vyoslab.check.Await;
import dev.vyoslab.check.ProbeHost;
import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestImage;
import dev.vyoslab.vm.MicroVm;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain Debian guest standing in for the router in the peers' own tests: NICs, a boot script, commands. */
public final class ClientVm extends MicroVm<ClientVm> {

    private final StringBuilder setup = new StringBuilder("set -eu\n");

    public ClientVm(String name, Segment management) {
        super(name, GuestImage.get(), management);
    }

    public ClientVm withNic(Segment segment, String mac) {
        return withGuestNic(segment, mac);
    }

    /** Appends lines to the guest's boot script. */
    public ClientVm withSetup(String lines) {
        setup.append(lines).append('\n');
        return this;
    }

    @Override
    public void prepare(Lab lab) {
        withBootScript(setup.toString());
        super.prepare(lab);
    }

    /**
     * Runs {@code command} until it exits 0 and returns that result, through {@link Await} (limit, back-off, fail-fast
     * when this guest dies); the failure names the guest, the command, its last exit code and output.
     */
    public CommandResult awaitSuccess(String alias, String command, Duration timeout) {
        AtomicReference<CommandResult> last = new AtomicReference<>();
        Await.until(alias, timeout, List.of(probeHost()), () -> {
            CommandResult r = exec(command);
            last.set(r);
            assertThat(r.succeeded()).as("[%s] `%s` exited %d:%n%s", name(), command, r.exitCode(), r.tail(15))
                    .isTrue();
        });
        return last.get();
    }

    /**
     * Runs {@code command} until it succeeds with something on standard output: a UDP probe ({@code socat -T}) ends 0
     * when its time passes without a reply, which on a busy machine is no answer yet, not an answer.
     */
    public CommandResult awaitReply(String alias, String command, Duration timeout) {
        AtomicReference<CommandResult> last = new AtomicReference<>();
        Await.until(alias, timeout, List.of(probeHost()), () -> {
            CommandResult r = exec(command);
            last.set(r);
            assertThat(r.succeeded() && !r.stdout().isBlank()).as("[%s] `%s` exited %d with %s:%n%s", name(), command,
                    r.exitCode(), r.stdout().isBlank() ? "no reply" : "a reply", r.tail(15)).isTrue();
        });
        return last.get();
    }

    /** This guest for {@link Await}: dead when its container stopped, its console log as evidence. */
    public ProbeHost probeHost() {
        return ProbeHost.of(this, consoleLog());
    }
}
