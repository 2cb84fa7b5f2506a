package de.kreisunna.ikz.system;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run where Debian's Chromium, its driver and axe-core are present; elsewhere they are skipped with
 * the reason, except on CI ({@code CI=true}), where a missing tool fails the class instead of hiding the tests.
 * axe-core is installed by {@link AxeCore} with npm into {@code target/} when npm is there.
 */
public class RequiresBrowser implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = null;
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            missing = "chromium/chromedriver missing (apt-get install chromium chromium-driver)";
        } else if (AxeCore.source() == null) {
            missing = "axe-core missing (" + AxeCore.why() + ")";
        }
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium, ChromeDriver and axe-core present");
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing + "; CI=true, so the browser tests fail instead of skipping");
        }
        return ConditionEvaluationResult.disabled("browser tests skipped: " + missing);
    }
}
