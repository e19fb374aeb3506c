package org.ketaminereference.content;

/**
 * Whether the article is held to the editorial limits: key points on every section and the
 * readability and size limits (grade, sentence length, word count, sources, repeated passages).
 * Set by {@code editorialLimits} in {@code article.md}.
 */
public enum EditorialLimits implements Coded {

	/** Not checked: the default, for small test fixtures that are not an article. */
	OFF,
	/** Measured and printed by {@code --check}, but a broken limit stops nothing: for drafts. */
	REPORT,
	/** A broken limit is a content problem, which stops a start and fails {@code --check}. */
	ENFORCE;

}
