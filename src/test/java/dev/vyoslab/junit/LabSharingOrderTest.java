package dev.vyoslab.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Test;

/** Classes judged by the same config end up next to each other, so they share its lab; nothing starts a lab here. */
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
        List<Descriptor> classes = new ArrayList<>(List.of(new Descriptor(FirstB.class), new Descriptor(A.class),
                new Descriptor(Plain.class), new Descriptor(MutatedB.class)));
        new LabSharingOrder().orderClasses(new ClassOrdererContext() {
            @SuppressWarnings("unchecked")
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        });
        assertThat(classes).extracting(d -> d.getTestClass().getSimpleName())
                .containsExactly("A", "FirstB", "MutatedB", "Plain");
    }

    @Test
    void classesOfOneLabHoldOneLockSoParallelRunsNeverShareARouterAtOnce() {
        assertThat(new LabLocks().provideForClass(FirstB.class)).isEqualTo(new LabLocks().provideForClass(MutatedB.class))
                .isNotEqualTo(new LabLocks().provideForClass(A.class));
        assertThat(new LabLocks().provideForClass(Plain.class)).isEmpty();
    }
}
