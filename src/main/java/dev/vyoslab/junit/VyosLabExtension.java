package dev.vyoslab.junit;

import dev.vyoslab.check.LabView;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.config.Vyos1xSources;
import dev.vyoslab.world.ConfigMigration;
import dev.vyoslab.config.VyosVersion;
import dev.vyoslab.dut.Router;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.world.DutChoice;
import dev.vyoslab.world.LabPlan;
import dev.vyoslab.world.LabRun;
import dev.vyoslab.world.Progress;
import dev.vyoslab.world.RunFailure;
import dev.vyoslab.world.RunInput;
import dev.vyoslab.world.RunSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JUnit 5 side of {@link VyosLabTest}, over the one run path ({@link LabRun}): reads the config, takes the lab
 * its plan needs from the labs shared by the whole test run ({@link SharedLabs}, in the root context's store, closed
 * when the run ends), applies the class's config, resolves parameters, saves artifacts of failed tests.
 */
public final class VyosLabExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver,
        AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(VyosLabExtension.class);
    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.junit");
    static final Path ARTIFACTS = Path.of("target", "vyos-lab");
    private static final Progress PROGRESS = (what, took) -> LOG.info("{}: {} ms", what, took.toMillis());

    @Override
    public void beforeAll(ExtensionContext context) {
        VyosLabTest spec = spec(context);
        RunInput input;
        try {
            input = RunInput.read(runSpec(spec));
        } catch (RunFailure e) {
            throw new ExtensionConfigurationException("@VyosLabTest on " + context.getDisplayName() + ": "
                    + e.getMessage(), e);
        }
        SharedLabs labs = context.getRoot().getStore(NS).getOrComputeIfAbsent(SharedLabs.class,
                k -> new SharedLabs(), SharedLabs.class);
        LabRun run = labs.acquire(LabSharingOrder.labOf(spec), input, PROGRESS);
        context.getStore(NS).put(LabRun.class, run);
        context.getStore(NS).put(RunInput.class, input);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LabRun run = context.getStore(NS).remove(LabRun.class, LabRun.class);
        SharedLabs labs = context.getRoot().getStore(NS).get(SharedLabs.class, SharedLabs.class);
        if (run != null && labs != null) {
            labs.release(run);
        }
    }

    static VyosLabTest spec(ExtensionContext context) {
        return context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, VyosLabTest.class))
                .orElseThrow(() -> new ExtensionConfigurationException("VyosLabExtension needs its options: annotate "
                        + "the test class with @VyosLabTest(config = \"path/to/config\") instead of @ExtendWith"));
    }

    private static RunSpec runSpec(VyosLabTest spec) {
        if (spec.config().isBlank()) {
            throw new ExtensionConfigurationException("@VyosLabTest(config = …) is empty: give a VyOS config"
                    + " file relative to the project directory");
        }
        VyosVersion version;
        try {
            version = VyosVersion.of(spec.vyos());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@VyosLabTest(vyos = \"" + spec.vyos() + "\"): "
                    + e.getMessage());
        }
        return new RunSpec(Path.of(spec.config()), spec.baseline().isEmpty() ? Optional.empty()
                : Optional.of(Path.of(spec.baseline())), new DutChoice(spec.dut(), Optional.empty(), Optional.empty()),
                version);
    }

    private static LabRun run(ExtensionContext context) {
        LabRun run = context.getStore(NS).get(LabRun.class, LabRun.class);
        if (run == null) {
            throw new ExtensionConfigurationException("no lab for " + context.getDisplayName()
                    + ": lab parameters can be injected only into tests of a class annotated with @VyosLabTest");
        }
        return run;
    }

    private static final List<Class<?>> TYPES = List.of(Lab.class, Router.class, LabRun.class, LabView.class,
            LabPlan.class, Intent.class, VyosConfig.class, DerivedTests.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LabRun run = run(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Lab.class) {
            return run.lab();
        } else if (type == Router.class) {
            return run.router();
        } else if (type == LabRun.class) {
            return run;
        } else if (type == LabView.class) {
            return run.view();
        } else if (type == LabPlan.class) {
            return run.plan();
        } else if (type == Intent.class) {
            return run.input().config().intent();
        } else if (type == VyosConfig.class) {
            return run.input().config();
        }
        Path base = classDir(context);
        String dir = spec(context).configDir();
        Optional<Path> routerFiles = dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir));
        // an upgrade starts from the class's own config, whatever an earlier upgrade in the class left applied
        RunInput own = context.getStore(NS).get(RunInput.class, RunInput.class);
        VyosConfig applied = run.input().config();
        return new DerivedTests(run.notConverged(), run.checks(), run::scenarios, applied::mask,
                (id, failure) -> save(run, base.resolve(DerivedTests.dirName(id)), failure), own.config().version(),
                to -> {
                    VyosConfig migrated = ConfigMigration.runComplete(own.config(), to, Vyos1xSources.configured(),
                            routerFiles).config();
                    run.apply(migrated);
                    return migrated;
                }, () -> {
                    if (run.input().config() != own.config()) {
                        run.apply(own);
                    }
                });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            LabRun run = context.getStore(NS).get(LabRun.class, LabRun.class);
            if (run != null) {
                save(run, classDir(context).resolve(DerivedTests.dirName(context.getRequiredTestMethod().getName())),
                        context.getExecutionException().get());
            }
        }
    }

    private static Path classDir(ExtensionContext context) {
        return ARTIFACTS.resolve(context.getRequiredTestClass().getSimpleName());
    }

    private static void save(LabRun run, Path dir, Throwable failure) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("failure.txt"), run.input().config().mask(String.valueOf(failure.getMessage())));
            run.saveArtifacts(dir);
            LOG.info("artifacts of the failure in {}", dir.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot save artifacts into {}: {}", dir, e.getMessage());
        }
    }
}
