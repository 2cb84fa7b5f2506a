package de.kreisunna.ikz.system;

import de.kreisunna.ikz.stack.ConsoleApp;

/**
 * The web console, started once per test run beside the services of {@link SystemStack} (only when a browser
 * test needs it), on free loopback ports; the stack stops it with everything else.
 */
final class ConsoleUnderTest {

    private static String url;

    private ConsoleUnderTest() {
    }

    static synchronized String url() {
        if (url == null) {
            int[] ports = ConsoleApp.freePorts();
            SystemStack.stack().startConsole(ports[0], ports[1]);
            url = SystemStack.stack().consoleUrl();
        }
        return url;
    }
}
