package dev.vyoslab.junit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * Orders test classes so that those sharing a lab run one after the other: the lab classes first, grouped by their lab
 * (its name, else their baseline, else their config), then the classes without {@link VyosLabTest} in their given
 * order. Groups start in the order of the lowest {@link Order} among their classes (JUnit's own annotation: which labs
 * the author wants started first, the longest ones), then by lab name; within a group, by {@link Order}, then by
 * name. Lab classes first because they are the long ones: JUnit's parallel executor hands the first classes of the
 * list to its idle threads at once, so the longest work starts first, and one thread runs a lab's classes in turn
 * instead of a second thread waiting for the lab.
 * Enable it with {@code junit.jupiter.testclass.order.default=dev.vyoslab.junit.LabSharingOrder}.
 */
public final class LabSharingOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<? extends ClassDescriptor> classes = context.getClassDescriptors();
        Map<String, Integer> groupOrder = classes.stream().collect(Collectors.toMap(LabSharingOrder::labOf,
                LabSharingOrder::order, Math::min));
        classes.sort(Comparator.<ClassDescriptor, Boolean>comparing(c -> labOf(c).equals(NO_LAB))
                .thenComparing(c -> groupOrder.get(labOf(c)))
                .thenComparing(LabSharingOrder::labOf)
                .thenComparing(c -> labOf(c).equals(NO_LAB) ? 0 : order(c))
                .thenComparing(c -> labOf(c).equals(NO_LAB) ? "" : c.getTestClass().getName()));
    }

    private static int order(ClassDescriptor c) {
        return c.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
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
