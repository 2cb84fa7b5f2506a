package de.kreisunna.ikz.system;

import de.kreisunna.ikz.stack.LocalStack;
import de.kreisunna.ikz.stack.Progress;
import de.kreisunna.ikz.stack.StackConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole system once per test run — PostgreSQL, Keycloak, Kafka with topics and ACLs, and the
 * three packaged services — through the same provisioning code as {@code run-local-stack.sh}, on free
 * loopback ports and in a temporary directory, and stops it after the last test class.
 */
public class SystemStack implements BeforeAllCallback {

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SystemStack.class, key -> start(), Running.class);
    }

    public static LocalStack stack() {
        if (stack == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SystemStack.class)");
        }
        return stack;
    }

    private static Running start() {
        Path root = Path.of(System.getProperty("ikz.project.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.startInfrastructure(StackConfig.ephemeral(root), Progress.console());
        stack.startServices();
        return new Running(stack);
    }

    private record Running(LocalStack stack) implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        @Override
        public void close() {
            stack.close();
        }
    }
}
