package org.ketaminereference.search;

import java.util.List;

/**
 * A short extract of a passage around the words a search found, as plain text parts: the page
 * template writes each part as text and wraps the matches in {@code <mark>}, so no HTML from
 * the index ever reaches a page unescaped.
 */
public record Snippet(List<Part> parts) {

	public Snippet {
		parts = List.copyOf(parts);
	}

	/** The snippet's text, without marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	/** A run of text; {@code match} when it is a word the search found. */
	public record Part(String text, boolean match) {
	}

}
