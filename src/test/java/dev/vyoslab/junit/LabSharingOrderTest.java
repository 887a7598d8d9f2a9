package dev.vyoslab.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Classes judged by the same config end up next to each other, so they share its lab, and the labs an author marks
 * with {@link Order} come first; nothing starts a lab here.
 */
class LabSharingOrderTest {

    static class Plain {
    }

    @VyosLabTest(config = "b.conf")
    static class FirstB {
    }

    @VyosLabTest(config = "a.conf")
    static class A {
    }

    @VyosLabTest(config = "x.conf", baseline = "b.conf")
    static class MutatedB {
    }

    @VyosLabTest(config = "c.conf")
    static class C {
    }

    @VyosLabTest(config = "c.conf")
    @Order(2)
    static class LongC {
    }

    @VyosLabTest(config = "z.conf")
    @Order(1)
    static class Longest {
    }

    record Descriptor(Class<?> getTestClass) implements ClassDescriptor {
        public String getDisplayName() {
            return getTestClass.getSimpleName();
        }

        public boolean isAnnotated(Class<? extends Annotation> type) {
            return getTestClass.isAnnotationPresent(type);
        }

        public <A extends Annotation> Optional<A> findAnnotation(Class<A> type) {
            return Optional.ofNullable(getTestClass.getAnnotation(type));
        }

        public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> type) {
            return List.of(getTestClass.getAnnotationsByType(type));
        }
    }

    @Test
    void oneGroupPerLabFirstThenTheClassesWithoutALab() {
        assertThat(ordered(FirstB.class, A.class, Plain.class, MutatedB.class))
                .containsExactly("A", "FirstB", "MutatedB", "Plain");
    }

    @Test
    void labsWithAnOrderStartFirstAndTheirClassesStayTogether() {
        assertThat(ordered(Plain.class, FirstB.class, C.class, A.class, Longest.class, LongC.class))
                .containsExactly("Longest", "LongC", "C", "A", "FirstB", "Plain");
    }

    private static List<String> ordered(Class<?>... types) {
        List<Descriptor> classes = new ArrayList<>(Arrays.stream(types).map(Descriptor::new).toList());
        new LabSharingOrder().orderClasses(new ClassOrdererContext() {
            @SuppressWarnings("unchecked")
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        });
        return classes.stream().map(d -> d.getTestClass().getSimpleName()).toList();
    }

    @Test
    void classesOfOneLabHoldOneLockSoParallelRunsNeverShareARouterAtOnce() {
        assertThat(new LabLocks().provideForClass(FirstB.class)).isEqualTo(new LabLocks().provideForClass(MutatedB.class))
                .isNotEqualTo(new LabLocks().provideForClass(A.class));
        assertThat(new LabLocks().provideForClass(Plain.class)).isEmpty();
    }
}
