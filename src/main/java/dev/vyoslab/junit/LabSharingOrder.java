package dev.vyoslab.junit;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders test classes so that those sharing a lab run one after the other: classes without {@link VyosLabTest} first,
 * in their given order, then the lab classes grouped by their lab (its name, else their baseline, else their config).
 * Enable it with {@code junit.jupiter.testclass.order.default=dev.vyoslab.junit.LabSharingOrder}.
 */
public final class LabSharingOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        classes.sort(Comparator.comparing(LabSharingOrder::labOf));
    }

    /** The config a class's lab is derived from; "" for classes without a lab, so they come first. */
    private static String labOf(ClassDescriptor c) {
        return c.findAnnotation(VyosLabTest.class).map(LabSharingOrder::labOf).orElse("");
    }

    /** The lab's name: given, else the config it is derived from (the baseline, else the config). */
    static String labOf(VyosLabTest test) {
        return !test.lab().isEmpty() ? test.lab() : test.baseline().isEmpty() ? test.config() : test.baseline();
    }
}
