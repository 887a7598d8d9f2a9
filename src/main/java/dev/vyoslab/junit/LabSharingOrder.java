package dev.vyoslab.junit;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders test classes so that those sharing a lab run one after the other: the lab classes first, grouped by their lab
 * (its name, else their baseline, else their config), then the classes without {@link VyosLabTest} in their given
 * order. Lab classes first because they are the long ones: in a parallel run the longest work starts at once.
 * Enable it with {@code junit.jupiter.testclass.order.default=dev.vyoslab.junit.LabSharingOrder}.
 */
public final class LabSharingOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        classes.sort(Comparator.comparing(LabSharingOrder::labOf));
    }

    /** The config a class's lab is derived from; for classes without a lab a name sorting after every lab's. */
    private static String labOf(ClassDescriptor c) {
        return c.findAnnotation(VyosLabTest.class).map(LabSharingOrder::labOf).orElse(NO_LAB);
    }

    private static final String NO_LAB = "\uffff";

    /** The lab's name: given, else the config it is derived from (the baseline, else the config). */
    static String labOf(VyosLabTest test) {
        return !test.lab().isEmpty() ? test.lab() : test.baseline().isEmpty() ? test.config() : test.baseline();
    }
}
