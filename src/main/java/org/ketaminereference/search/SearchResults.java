package org.ketaminereference.search;

import java.util.List;

/**
 * What a search found, or why it did not search.
 *
 * @param query the query as searched: trimmed, whitespace collapsed, control characters removed;
 * cut to the limit when it is too long, so that a page never repeats more than that
 * @param length the length of the query in characters, before any cut
 * @param outcome what the results page should say
 * @param hits the passages found, best first; empty unless something was found
 */
public record SearchResults(String query, int length, Outcome outcome, List<SearchHit> hits) {

	public SearchResults {
		hits = List.copyOf(hits);
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

		/** Searched; {@code hits} holds the passages that have every word. */
		FOUND,

		/** Searched; no passage has every word, {@code hits} holds those with some of them. */
		FOUND_SOME_WORDS

	}

}
