package org.ketaminereference.search;

import java.util.List;

/**
 * One passage, term or reference a search found.
 *
 * @param kind what was found
 * @param href where the reader lands: the nearest heading, the term or the reference entry
 * @param heading the nearest heading (the section's title for the text before the first heading),
 * the term, or the reference's title
 * @param sectionTitle the page the result is on: the section, the glossary or the references
 * @param sectionPath that page
 * @param snippet an extract with the words found marked
 * @param citedIn for a reference, the sections that cite it; empty otherwise
 */
public record SearchHit(Passage.Kind kind, String href, String heading, String sectionTitle, String sectionPath,
		Snippet snippet, List<Link> citedIn) {

	public SearchHit {
		citedIn = List.copyOf(citedIn);
	}

	/** Whether the passage is the section's opening text, whose heading is the section itself. */
	public boolean opensSection() {
		return href.equals(sectionPath);
	}

	/** A section a reference is cited in. */
	public record Link(String path, String title) {
	}

}
