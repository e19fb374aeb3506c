package org.ketaminereference.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.ketaminereference.RequiredChecks;
import org.slf4j.LoggerFactory;

/**
 * Skips browser tests, with a message that says how to install Chromium, on machines without
 * it, except on CI ({@link RequiredChecks}), where a missing browser fails them; elsewhere hands every test class the same browser, started once for the whole run and
 * closed when the run ends.
 */
final class ChromiumExtension implements ExecutionCondition, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ChromiumExtension.class);

	/** Said once in the build output too: a skip reason alone is easy to miss there. */
	private static final AtomicBoolean WARNED = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Chromium.isInstalled()) {
			return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.EXECUTABLE);
		}
		if (RequiredChecks.required()) {
			// Thrown, not disabled: a condition that throws fails the test class.
			throw new IllegalStateException("No Chromium at " + Chromium.EXECUTABLE + ", and -D" + RequiredChecks.PROPERTY
					+ "=true says the browser tests must run. Install it with `apt-get install chromium`.");
		}
		if (WARNED.compareAndSet(false, true)) {
			LoggerFactory.getLogger(ChromiumExtension.class).warn(Chromium.INSTALL_HINT);
		}
		return ConditionEvaluationResult.disabled(Chromium.INSTALL_HINT);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Chromium.class, (key) -> Chromium.launch(), Chromium.class)
			.browser();
	}

}
