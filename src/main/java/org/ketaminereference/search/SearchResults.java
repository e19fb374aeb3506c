package org.ketaminereference.search;

import java.util.List;

/**
 * What a search found, or why it did not search.
 *
 * @param query the query as searched: trimmed, whitespace collapsed, control characters removed;
 * cut to the limit when it is too long, so that a page never repeats more than that; for
 * {@link Outcome#CORRECTED} the corrected query
 * @param length the length of the query in characters, before any cut
 * @param outcome what the results page should say
 * @param hits the passages found, best first; empty unless something was found
 * @param typed for {@link Outcome#CORRECTED}, what the reader typed; {@code null} otherwise
 */
public record SearchResults(String query, int length, Outcome outcome, List<SearchHit> hits, String typed) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	SearchResults(String query, int length, Outcome outcome, List<SearchHit> hits) {
		this(query, length, outcome, hits, null);
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
		FOUND_SOME_WORDS,

		/**
		 * What the reader typed found nothing or only some words; {@code hits} holds what a near
		 * spelling ({@code query}) finds with every word.
		 */
		CORRECTED

	}

}
