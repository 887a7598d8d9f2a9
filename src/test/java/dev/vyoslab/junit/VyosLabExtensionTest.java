package dev.vyoslab.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Misuse of the extension fails at once, saying what to do; nothing here starts a lab. */
class VyosLabExtensionTest {

    static class NotAnnotated {
    }

    @VyosLabTest(config = "examples/seed/no-such.conf")
    static class MissingConfig {
    }

    @VyosLabTest(config = "examples/seed/published.conf")
    static class BrokenConfig {
    }

    /** A class-level context for {@code testClass} with an in-memory store. */
    static ExtensionContext context(Class<?> testClass) {
        Map<Object, Object> values = new HashMap<>();
        ExtensionContext.Store store = (ExtensionContext.Store) Proxy.newProxyInstance(
                VyosLabExtensionTest.class.getClassLoader(), new Class<?>[] {ExtensionContext.Store.class},
                (p, m, a) -> switch (m.getName()) {
                    case "put" -> values.put(a[0], a[1]);
                    case "get" -> values.get(a[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return (ExtensionContext) Proxy.newProxyInstance(VyosLabExtensionTest.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class}, (p, m, a) -> switch (m.getName()) {
                    case "getTestClass" -> Optional.of(testClass);
                    case "getRequiredTestClass" -> testClass;
                    case "getStore" -> store;
                    case "getDisplayName" -> testClass.getSimpleName();
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void extendWithAloneSaysToUseTheAnnotation() {
        assertThatThrownBy(() -> new VyosLabExtension().beforeAll(context(NotAnnotated.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("annotate the test class with @VyosLabTest(config = \"path/to/config\")");
    }

    @Test
    void aMissingConfigIsNamedWithWhereItWasLookedFor() {
        assertThatThrownBy(() -> new VyosLabExtension().beforeAll(context(MissingConfig.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("examples/seed/no-such.conf does not exist in")
                .hasMessageContaining("relative to the project directory");
    }

    @Test
    void aConfigWithErrorsListsThemBeforeAnyLabStarts() {
        assertThatThrownBy(() -> new VyosLabExtension().beforeAll(context(BrokenConfig.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("published.conf has errors; fix them (vyos-lab lint")
                .hasMessageContaining("published.conf:");
    }

    @Test
    void labParametersOutsideALabClassSayWhy() {
        assertThatThrownBy(() -> new VyosLabExtension().resolveParameter(null, context(NotAnnotated.class)))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("only into tests of a class annotated with @VyosLabTest");
    }

    @Test
    void checkIdsBecomeDirectoryNames() {
        assertThat(DerivedTests.dirName("dhcp/HOME-DHCP/10.0.1.0-24")).hasToString("dhcp_HOME-DHCP_10.0.1.0-24");
    }
}
