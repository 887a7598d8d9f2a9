package dev.vyoslab.world;

import dev.vyoslab.vm.MicroVm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A microVM peer's serial console log, kept with a failure's artifacts as {@code NAME-console.log}. */
final class ConsoleLogs {

    private ConsoleLogs() {
    }

    static void copy(MicroVm<?> vm, Path dir) throws IOException {
        if (vm.consoleLog() != null && Files.exists(vm.consoleLog())) {
            Files.copy(vm.consoleLog(), dir.resolve(vm.name() + "-console.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
