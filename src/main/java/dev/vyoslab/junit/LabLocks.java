package dev.vyoslab.junit;

import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * When test classes run in parallel, classes judged by the same config share a lab and so must not run at the same
 * time: each holds a JUnit resource lock named after its lab's config, and JUnit schedules the others meanwhile.
 */
public final class LabLocks implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, VyosLabTest.class)
                .map(t -> Set.of(new Lock("vyos-lab:" + LabSharingOrder.labOf(t)))).orElse(Set.of());
    }
}
