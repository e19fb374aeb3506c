package org.ketaminereference.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the article is held to the editorial limits: key points on every section and the
 * readability and size limits (grade, sentence length, word count, sources, repeated passages).
 * Set by {@code editorialLimits} in {@code article.md}.
 */
public enum EditorialLimits {

	/** Not checked: the default, for small test fixtures that are not an article. */
	OFF,
	/** Measured and printed by {@code --check}, but a broken limit stops nothing: for drafts. */
	REPORT,
	/** A broken limit is a content problem, which stops a start and fails {@code --check}. */
	ENFORCE;

	/** The code authors write. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The code, so that error messages list the values authors can use. */
	@Override
	public String toString() {
		return code();
	}

}
