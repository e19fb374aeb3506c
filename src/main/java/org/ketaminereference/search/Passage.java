package org.ketaminereference.search;

import java.util.List;

/**
 * One thing a search can find, and what the index stores as one document: the stretch of a
 * section from one heading to the next, a glossary term, or a reference.
 *
 * @param kind what the passage is
 * @param pagePath the page it is on, such as {@code /mechanisms}, {@code /glossary}
 * @param pageTitle that page's title
 * @param anchor the id of the heading, term or reference entry on the page, or {@code null} for
 * a section's text before its first heading
 * @param heading what a result is titled: the nearest heading (or the section's title before the
 * first heading), the term, or the reference's title
 * @param text the text searched and quoted: the passage without citation markers (empty for a
 * heading directly followed by a subheading), the term's definition, or the reference as the
 * bibliography gives it
 * @param keywords other words that find it but are not shown: a term's abbreviation and aliases, a
 * reference's authors and year; empty for a section
 * @param citedIn for a reference, the pages of the sections that cite it; empty otherwise
 */
public record Passage(Kind kind, String pagePath, String pageTitle, String anchor, String heading, String text,
		String keywords, List<String> citedIn) {

	public Passage {
		citedIn = List.copyOf(citedIn);
	}

	/**
	 * Whether there is anything to search: a heading directly followed by a subheading has no
	 * text of its own (its subsections carry it), and is kept only to list it.
	 */
	public boolean hasText() {
		return !text.isEmpty();
	}

	/** Where a reader lands: straight at the heading, term or entry, or at the top of the section. */
	public String href() {
		return (anchor != null) ? pagePath + "#" + anchor : pagePath;
	}

	public enum Kind {

		SECTION, TERM, REFERENCE

	}

}
