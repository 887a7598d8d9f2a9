package dev.vyoslab.junit;

import dev.vyoslab.check.DerivedChecks;
import dev.vyoslab.check.LabView;
import dev.vyoslab.config.ConfigException;
import dev.vyoslab.config.Intent;
import dev.vyoslab.config.VyosConfig;
import dev.vyoslab.dut.Router;
import dev.vyoslab.lab.Lab;
import dev.vyoslab.world.DutChoice;
import dev.vyoslab.world.LabBuilder;
import dev.vyoslab.world.LabPlan;
import dev.vyoslab.world.Progress;
import dev.vyoslab.world.RunningLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
 * The JUnit 5 side of {@link VyosLabTest}: reads the config, starts one lab per class (kept in the class's store as
 * an {@link AutoCloseable}, closed with the class), resolves parameters, saves artifacts of failed tests.
 */
public final class VyosLabExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(VyosLabExtension.class);
    private static final Logger LOG = LoggerFactory.getLogger("vyoslab.junit");
    static final Path ARTIFACTS = Path.of("target", "vyos-lab");

    /** What one class's lab consists of; the store closes it when the class is done. */
    record Session(VyosConfig config, VyosConfig baseline, LabPlan plan, RunningLab running) implements AutoCloseable {
        @Override
        public void close() {
            running.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        VyosLabTest spec = spec(context);
        VyosConfig config = read(spec.config(), "config");
        VyosConfig baseline = spec.baseline().isEmpty() ? config : read(spec.baseline(), "baseline");
        LabPlan plan = LabPlan.from(baseline.validIntent());
        if (!plan.problems().isEmpty()) {
            throw new ExtensionConfigurationException("the lab cannot be built for " + baseline.sourceName() + ": "
                    + String.join("; ", plan.problems()));
        }
        RunningLab running = LabBuilder.start(plan, new DutChoice(spec.dut(), Optional.empty(), Optional.empty()),
                new Progress() {
                    public void starting(String what) {
                        LOG.info("starting {}", what);
                    }

                    public void done(String what, Duration took) {
                        LOG.info("{}: done in {} ms", what, took.toMillis());
                    }
                });
        context.getStore(NS).put(Session.class, new Session(config, baseline, plan, running));
        running.apply(config);
    }

    static VyosLabTest spec(ExtensionContext context) {
        return context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, VyosLabTest.class))
                .orElseThrow(() -> new ExtensionConfigurationException("VyosLabExtension needs its options: annotate "
                        + "the test class with @VyosLabTest(config = \"path/to/config\") instead of @ExtendWith"));
    }

    private static VyosConfig read(String file, String what) {
        if (file.isBlank()) {
            throw new ExtensionConfigurationException("@VyosLabTest(" + what + " = …) is empty: give a VyOS config"
                    + " file relative to the project directory");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new ExtensionConfigurationException("@VyosLabTest " + what + " " + file + " does not exist in "
                    + Path.of("").toAbsolutePath() + ": give a path relative to the project directory");
        }
        VyosConfig config = VyosConfig.parse(path);
        try {
            config.validIntent();
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException(file + " has errors; fix them (vyos-lab lint " + file
                    + " lists them):\n" + String.join("\n", config.diagnostics().stream().map(Object::toString)
                    .toList()), e);
        }
        return config;
    }

    private static Session session(ExtensionContext context) {
        Session s = context.getStore(NS).get(Session.class, Session.class);
        if (s == null) {
            throw new ExtensionConfigurationException("no lab for " + context.getDisplayName()
                    + ": lab parameters can be injected only into tests of a class annotated with @VyosLabTest");
        }
        return s;
    }

    private static final java.util.List<Class<?>> TYPES = java.util.List.of(Lab.class, Router.class,
            RunningLab.class, LabView.class, LabPlan.class, Intent.class, VyosConfig.class, DerivedTests.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session s = session(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Lab.class) {
            return s.running().lab();
        } else if (type == Router.class) {
            return s.running().router();
        } else if (type == RunningLab.class) {
            return s.running();
        } else if (type == LabView.class) {
            return s.running().view();
        } else if (type == LabPlan.class) {
            return s.plan();
        } else if (type == Intent.class) {
            return s.baseline().intent();
        } else if (type == VyosConfig.class) {
            return s.config();
        }
        Path base = classDir(context);
        return new DerivedTests(DerivedChecks.from(s.baseline().intent(), s.running().view()),
                (id, failure) -> save(s, base.resolve(DerivedTests.dirName(id)), failure));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            Session s = context.getStore(NS).get(Session.class, Session.class);
            if (s != null) {
                save(s, classDir(context).resolve(DerivedTests.dirName(context.getRequiredTestMethod().getName())),
                        context.getExecutionException().get());
            }
        }
    }

    private static Path classDir(ExtensionContext context) {
        return ARTIFACTS.resolve(context.getRequiredTestClass().getSimpleName());
    }

    private static void save(Session s, Path dir, Throwable failure) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("failure.txt"), s.config().mask(String.valueOf(failure.getMessage())));
            s.running().saveArtifacts(dir);
            LOG.info("artifacts of the failure in {}", dir.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot save artifacts into {}: {}", dir, e.getMessage());
        }
    }
}
