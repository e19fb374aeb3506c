package org.ketaminereference.site;

import org.ketaminereference.content.InvalidContentException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns invalid content at startup into a short report an author can act on (file:line: field:
 * message for every problem) instead of a chain of bean creation stack traces.
 */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the content files listed above (paths are relative to the content directory), then start again.",
				cause);
	}

}
