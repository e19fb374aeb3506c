package org.ketaminereference.search;

import java.util.List;

/**
 * What a search found, or why it did not search.
 *
 * @param query the query as searched: trimmed, whitespace collapsed, control characters removed
 * @param outcome what the results page should say
 * @param hits the passages found, best first; empty unless {@link Outcome#FOUND}
 */
public record SearchResults(String query, Outcome outcome, List<SearchHit> hits) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	/** The query's length in characters, for the message when it is too long. */
	public int length() {
		return query.codePointCount(0, query.length());
	}

	public enum Outcome {

		/** No query, or only spaces: the page explains how to search. */
		EMPTY,

		/** Longer than {@link SearchIndex#MAX_QUERY_LENGTH}: not searched. */
		TOO_LONG,

		/** Only words too common to search for, such as "the", or only operators. */
		NOTHING_TO_SEARCH,

		/** Searched; nothing matched. */
		NO_MATCHES,

		/** Searched; {@code hits} holds what matched. */
		FOUND

	}

}
