package dev.vyoslab.isp;

import dev.vyoslab.lab.CommandResult;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import dev.vyoslab.vm.GuestImage;
import dev.vyoslab.vm.MicroVm;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

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

    /** Runs {@code command} until it exits 0 and returns that result; fails with the last attempt's output. */
    public CommandResult awaitSuccess(String alias, String command, Duration timeout) {
        AtomicReference<CommandResult> last = new AtomicReference<>();
        try {
            await(alias).atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        last.set(exec(command));
                        return last.get().succeeded();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            CommandResult r = last.get();
            throw new AssertionError(alias + ": [" + name() + "] `" + command + "` never exited 0 within "
                    + timeout.toSeconds() + " s; last exit " + (r == null ? "none" : r.exitCode() + ":\n" + r.tail(15)), e);
        }
        return last.get();
    }
}
