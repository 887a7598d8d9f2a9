package dev.vyoslab.dut.vyos;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a VyOS IT only when an ISO (or a build) is configured; otherwise it is reported skipped, with the one-line reason. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledWithVyosIso.Condition.class)
public @interface EnabledWithVyosIso {

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean iso = set(System.getProperty("vyos.iso")) || set(System.getenv("VYOS_ISO"));
            boolean build = set(System.getProperty("vyos.build"));
            return iso || build ? ConditionEvaluationResult.enabled("VyOS ISO configured")
                    : ConditionEvaluationResult.disabled(VyosIso.notConfiguredReason()
                            + ", or -Dvyos.build=1.3.4|rolling to build one");
        }

        private static boolean set(String v) {
            return v != null && !v.isBlank();
        }
    }
}
