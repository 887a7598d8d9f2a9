package dev.vyoslab.junit;

import dev.vyoslab.dut.DeviceKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One lab per test class, built from {@link #config()} and torn down after the class. Test methods may take
 * {@code Lab}, {@code Router}, {@code RunningLab}, {@code LabView}, {@code LabPlan}, {@code Intent},
 * {@code VyosConfig} and {@link DerivedTests} parameters; failures leave console logs, the applied config and
 * captures under {@code target/vyos-lab/<class>/<test>/}.
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
public @interface VyosLabTest {

    /** The VyOS config (set commands or config.boot), relative to the project directory. */
    String config();

    DeviceKind dut() default DeviceKind.REFERENCE;

    /**
     * Derive the lab and the checks from this known-good config and apply {@link #config()} to the router: a
     * mutated config is then judged against the claims of the good one. Empty: the config itself.
     */
    String baseline() default "";
}
