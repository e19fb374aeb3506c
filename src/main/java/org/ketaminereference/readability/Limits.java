package org.ketaminereference.readability;

/** The limits each section is held to (issue 12), in one place for the check and its documentation. */
final class Limits {

	static final double KEY_POINTS_GRADE = 8;

	static final double BODY_GRADE = 12;

	static final int LONGEST_SENTENCE = 40;

	/** The average sentence must be under this many words. */
	static final double AVERAGE_SENTENCE = 22;

	static final int MIN_WORDS = 1200;

	static final int MAX_WORDS = 3000;

	static final int MIN_SOURCES = 12;

	/** Runs of this many words or more may not appear in two sections. */
	static final int REPEATED_RUN = 12;

	private Limits() {
	}

}
