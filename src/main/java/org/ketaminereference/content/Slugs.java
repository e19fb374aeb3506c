package org.ketaminereference.content;

/** The one definition of what a URL slug looks like. */
public final class Slugs {

	/** Lowercase words of letters and digits joined by single hyphens. */
	public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	public static final String MESSAGE = "must be lowercase words joined by hyphens, like 'mental-health'";

	private Slugs() {
	}

}
