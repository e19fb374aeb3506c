package org.ketaminereference;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A check that cannot run here (no browser, no git history) is skipped on a laptop, with the
 * reason, but fails on CI: {@code .ci/run} passes {@code -Dci=true}, so a green CI run means
 * that every such check ran.
 */
public final class RequiredChecks {

	/** The system property {@code .ci/run} sets. */
	public static final String PROPERTY = "ci";

	private RequiredChecks() {
	}

	public static boolean required() {
		return Boolean.getBoolean(PROPERTY);
	}

	/** Aborts the calling test with {@code reason}, or fails it when checks are required. */
	public static void skipOrFail(String reason) {
		if (required()) {
			Assertions.fail(reason + " (-D" + PROPERTY + "=true: on CI this check must run)");
		}
		Assumptions.abort(reason);
	}

}
