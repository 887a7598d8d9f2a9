package dev.vyoslab.junit;

import dev.vyoslab.dut.DeviceKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A lab for the test class, built from {@link #config()} (or its {@link #baseline()}) with {@link #config()} applied
 * when the class starts. Classes whose configs need the same lab share one, started once per test run and torn down
 * when the run ends. Test methods may take {@code Lab}, {@code Router}, {@code LabRun}, {@code LabView},
 * {@code LabPlan}, {@code Intent} (of the applied config), {@code VyosConfig} and {@link DerivedTests} parameters;
 * failures leave console logs, the applied config and captures under {@code target/vyos-lab/<class>/<test>/}.
 * <pre>{@code
 * @VyosLabTest(config = "examples/seed/corrected.conf")
 * class SeedIT {
 *     @TestFactory
 *     Stream<DynamicTest> claims(DerivedTests checks) {
 *         return checks.dynamicTests();
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VyosLabExtension.class)
@ResourceLock(providers = LabLocks.class)
public @interface VyosLabTest {

    /** The VyOS config (set commands or config.boot), relative to the project directory. */
    String config();

    DeviceKind dut() default DeviceKind.REFERENCE;

    /**
     * Derive the lab and the checks from this known-good config and apply {@link #config()} to the router: a
     * mutated config is then judged against the claims of the good one. Empty: the config itself.
     */
    String baseline() default "";

    /**
     * Classes with the same lab name share one lab (and never run at the same time); by default the name is the
     * baseline, else the config. A name of its own gives a class a lab of its own, e.g. to run a long series of
     * negative controls beside the classes that share the default one.
     */
    String lab() default "";

    /** The VyOS release the config is written for: {@code 1.3} (the seed's), {@code 1.4} or {@code rolling}. */
    String vyos() default "1.3";

    /**
     * A copy of the router's {@code /config}, relative to the project directory, for VyOS's migration scripts in an
     * upgrade ({@code DerivedTests.upgradeTo}): the keys and certificates they move into the config, as
     * {@code vyos-lab upgrade --config-dir} takes it. Empty: they find an empty {@code /config}.
     */
    String configDir() default "";
}
